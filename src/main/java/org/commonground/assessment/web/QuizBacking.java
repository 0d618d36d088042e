package org.commonground.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.assessment.boundary.QuizAttempts;
import org.commonground.assessment.entity.QuizAttempt;
import org.commonground.platform.web.KeptForm;
import org.omnifaces.cdi.Param;

/** A unit's quiz: the questions, and the learner's earlier attempts. The form posts to {@link QuizServlet}. */
@Named
@RequestScoped
public class QuizBacking {

    @Inject
    QuizAttempts attempts;

    @Inject
    @Param(name = "m")
    String moduleUuid;

    @Inject
    @Param(name = "u")
    String unitUuid;

    @Inject
    HttpServletRequest request;

    private QuizAttempts.Opened opened;
    private List<QuizAttempt> mine;
    private Optional<KeptForm> kept;

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

    /** The number this submission will be: attempts so far plus one. A second copy of it is ignored. */
    public int getNextNumber() {
        return getAttempts().size() + 1;
    }

    public String getModuleUuid() {
        return moduleUuid;
    }

    public String getUnitUuid() {
        return unitUuid;
    }
}
