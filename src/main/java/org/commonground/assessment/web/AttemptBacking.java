package org.commonground.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonground.assessment.boundary.QuizAttempts;
import org.commonground.assessment.entity.QuizAttempt;
import org.commonground.assessment.control.AttemptReview;
import org.commonground.platform.boundary.NotFoundException;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnifaces.cdi.Param;

/** Feedback on one of the learner's own attempts, as much as the quiz's review rules show for its outcome. */
@Named
@RequestScoped
public class AttemptBacking {

    @Inject
    QuizAttempts attempts;

    @Inject
    @Param(name = "a")
    String attemptId;

    private QuizAttempt attempt;
    private QuizAttempts.Opened opened;
    private AttemptReview review;
    private NextAttempt next;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "commonground.timezone", defaultValue = "Europe/London")
    String zone;

    public void load() {
        getAttempt();
    }

    public QuizAttempt getAttempt() {
        if (attempt == null) {
            try {
                attempt = attempts.mine(Long.parseLong(attemptId == null ? "" : attemptId));
            } catch (NumberFormatException e) {
                throw new NotFoundException("assessment.attempt.notFound");
            }
        }
        return attempt;
    }

    public QuizAttempts.Opened getOpened() {
        if (opened == null) {
            opened = attempts.open(getAttempt().getModuleUuid(), getAttempt().getUnitUuid());
        }
        return opened;
    }

    /** What the learner may see of this attempt, by the quiz's review rules. */
    public AttemptReview getReview() {
        if (review == null) {
            review = attempts.review(getAttempt(), getOpened());
        }
        return review;
    }

    /** Whether the learner may try again now; if not, the page says when or whom to ask instead of offering it. */
    public NextAttempt getNext() {
        if (next == null) {
            String module = getAttempt().getModuleUuid();
            next = new NextAttempt(attempts.standingMine(module, getOpened().quiz()), clock.instant(), zone,
                    () -> attempts.trainers(module));
        }
        return next;
    }

    public String getScore() {
        double score = getAttempt().getScore();
        return score == Math.rint(score) ? Long.toString(Math.round(score)) : Double.toString(score);
    }
}
