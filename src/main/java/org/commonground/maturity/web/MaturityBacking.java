package org.commonground.maturity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonground.maturity.boundary.Maturity;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;
import org.omnifaces.cdi.Param;

/** The organisation's maturity page: stages, evidence, self-assessment and its history. */
@Named
@RequestScoped
public class MaturityBacking {

    @Inject
    Maturity maturity;

    @Inject
    @Param(name = "org")
    String org;

    @Inject
    @Param(name = "team")
    String team;

    private Maturity.View view;
    private String threshold;

    public void load() {
        getView();
    }

    public Maturity.View getView() {
        if (view == null) {
            view = maturity.view(org);
        }
        return view;
    }

    private java.util.Map<String, Maturity.PracticeEvidence> practice;

    /** Practice follow-up counts beside each training activity, by activity uuid. */
    public java.util.Map<String, Maturity.PracticeEvidence> getPractice() {
        if (practice == null) {
            practice = maturity.practiceEvidence(getView());
        }
        return practice;
    }

    public List<Maturity.Activity> getTeamEvidence() {
        return maturity.teamEvidence(team);
    }

    public String title(String activityUuid) {
        return getView().framework().stages().stream().flatMap(s -> s.activities().stream())
                .filter(a -> a.uuid().equals(activityUuid)).map(a -> a.text()).findFirst().orElse(activityUuid);
    }

    public void saveThreshold() {
        try {
            maturity.setThreshold(org, Integer.parseInt(threshold == null ? "" : threshold.trim()));
            Messages.info("maturity.threshold.saved");
            Redirect.to("/organisation/maturity.xhtml?org=" + org);
        } catch (NumberFormatException e) {
            Messages.error("threshold:value", "maturity.threshold.range");
        } catch (BusinessException problem) {
            Messages.error("threshold", problem);
        }
    }

    public String getOrg() {
        return org;
    }






    public String getThreshold() {
        return threshold;
    }

    public void setThreshold(String threshold) {
        this.threshold = threshold;
    }
}
