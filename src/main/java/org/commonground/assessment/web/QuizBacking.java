package org.commonground.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonground.assessment.boundary.QuizAttempts;
import org.commonground.assessment.entity.QuizAttempt;
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

    private QuizAttempts.Opened opened;
    private List<QuizAttempt> mine;

    public void load() {
        getOpened();
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
