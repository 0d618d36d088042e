package org.commonground.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Clock;
import java.util.Set;
import org.commonground.assessment.boundary.QuizAttempts;
import org.commonground.assessment.control.Paper;
import org.commonground.assessment.control.Standing;
import org.commonground.assessment.entity.QuizAttempt;
import org.commonground.platform.web.KeptForm;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.Question;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnifaces.cdi.Param;

/**
 * A unit's quiz: the paper of the learner's next attempt, their earlier attempts and
 * where they stand against the attempt rules. The form posts to {@link QuizServlet},
 * which shows this page again, answers kept, when a question was left unanswered.
 */
@Named
@RequestScoped
public class QuizBacking {

    @Inject
    QuizAttempts attempts;

    @Inject
    HttpServletRequest request;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "commonground.timezone", defaultValue = "Europe/London")
    String zone;

    @Inject
    @Param(name = "m")
    String moduleUuid;

    @Inject
    @Param(name = "u")
    String unitUuid;

    private QuizAttempts.Opened opened;
    private List<QuizAttempt> mine;
    private Optional<KeptForm> kept;
    private Paper paper;
    private Standing standing;
    private NextAttempt next;

    public void load() {
        getOpened();
    }

    /** Answers sent while signed out or from an out-of-date page: shown again, not recorded until sent again. */
    public boolean isKept() {
        if (kept == null) {
            kept = KeptForm.take(request, QuizServlet.PATH, Map.of("m", String.valueOf(moduleUuid), "u", String.valueOf(unitUuid)));
        }
        return kept.isPresent();
    }

    /** Whether an option is to be shown ticked: from a form kept while signed out, or sent with a question unanswered. */
    public boolean chosen(String questionUuid, String key) {
        return isKept() && kept.get().values().getOrDefault("q." + questionUuid, List.of()).contains(key);
    }

    public QuizAttempts.Opened getOpened() {
        if (opened == null) {
            opened = attempts.open(moduleUuid, unitUuid);
        }
        return opened;
    }

    public List<QuizAttempt> getAttempts() {
        if (mine == null) {
            mine = attempts.mine(getOpened().quiz().uuid());
        }
        return mine;
    }

    public Paper getPaper() {
        if (paper == null) {
            paper = attempts.nextPaper(getOpened().quiz());
        }
        return paper;
    }

    public Standing getStanding() {
        if (standing == null) {
            standing = attempts.standingMine(moduleUuid, getOpened().quiz());
        }
        return standing;
    }

    /** Whether another attempt can be made now, and if not, when or whom to ask. */
    public NextAttempt getNext() {
        if (next == null) {
            next = new NextAttempt(getStanding(), clock.instant(), zone, () -> attempts.trainers(moduleUuid));
        }
        return next;
    }

    /** No attempt can be made now: every allowed one is used, or the wait is not over. */
    public boolean isClosed() {
        return getNext().isClosed();
    }

    /** The number this submission will be: attempts so far plus one. A second copy of it is ignored. */
    public int getNextNumber() {
        return getAttempts().size() + 1;
    }

    /** Questions sent without an answer (set by {@link QuizServlet} when it shows the page again). */
    @SuppressWarnings("unchecked")
    public Set<String> getUnanswered() {
        Object unanswered = request.getAttribute(QuizServlet.UNANSWERED);
        return unanswered == null ? Set.of() : (Set<String>) unanswered;
    }

    public boolean unanswered(Question question) {
        return getUnanswered().contains(question.uuid());
    }

    /** An option the learner chose before the page was shown again. */
    public boolean chosen(Question question, AnswerOption option) {
        if (chosen(question.uuid(), option.key())) {
            return true;
        }
        if (getUnanswered().isEmpty()) {
            return false;
        }
        String[] values = request.getParameterValues("q." + question.uuid());
        return values != null && List.of(values).contains(option.key());
    }

    public String getModuleUuid() {
        return moduleUuid;
    }

    public String getUnitUuid() {
        return unitUuid;
    }
}
