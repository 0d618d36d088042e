package org.commonground.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonground.assessment.boundary.QuizAttempts;
import org.commonground.assessment.entity.QuizAttempt;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.Question;
import org.commonground.platform.boundary.NotFoundException;
import org.omnifaces.cdi.Param;

/** Feedback on one of the learner's own attempts: each option, whether it was right to select it, and why. */
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

    public boolean selected(Question question, AnswerOption option) {
        return getAttempt().selected(question.uuid(), option.key());
    }

    /** Right to select a correct option, and right to leave a wrong one. */
    public boolean right(Question question, AnswerOption option) {
        return selected(question, option) == option.correct();
    }

    public long points(Question question) {
        return Math.round(question.score(getAttempt().selections().getOrDefault(question.uuid(), java.util.Set.of())) * 100);
    }

    public String getScore() {
        double score = getAttempt().getScore();
        return score == Math.rint(score) ? Long.toString(Math.round(score)) : Double.toString(score);
    }
}
