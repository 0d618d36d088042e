package org.commonground.maturity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonground.maturity.boundary.Partnerships;
import org.commonground.maturity.entity.Partner;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;
import org.omnifaces.cdi.Param;

/** The partnership map of an organisation ({@code org}); {@code edit} opens one partner in the form. */
@Named
@RequestScoped
public class PartnersBacking {

    @Inject
    Partnerships partnerships;

    @Inject
    @Param(name = "org")
    String org;

    @Inject
    @Param(name = "edit")
    Long edit;

    private Partnerships.View view;
    private String name;
    private Partner.Kind kind;
    private Partner.Level levelToday;
    private Partner.Level levelWanted;
    private String accessEffect;
    private String plannedWork;
    private long version;

    public void load() {
        getView();
        if (edit != null && !FacesContext.getCurrentInstance().isPostback()) {
            fill(partnerships.get(org, edit));
        }
    }

    private void fill(Partner partner) {
        name = partner.getName();
        kind = partner.getKind();
        levelToday = partner.getLevelToday();
        levelWanted = partner.getLevelWanted();
        accessEffect = partner.getAccessEffect();
        plannedWork = partner.getPlannedWork();
        version = partner.getVersion();
    }

    public Partnerships.View getView() {
        if (view == null) {
            view = partnerships.view(org);
        }
        return view;
    }

    public void save() {
        try {
            partnerships.save(org, edit, version, new Partnerships.Form(name, kind, levelToday, levelWanted, accessEffect,
                    plannedWork));
            Messages.info("maturity.partner.saved");
            Redirect.to("/organisation/partners.xhtml?org=" + org + "#map");
        } catch (BusinessException problem) {
            if (problem.getMessageKey().equals("maturity.partner.changed")) {
                fill(partnerships.get(org, edit));
            }
            Messages.error("partner", problem);
        }
    }

    public void accept(long partnerId) {
        try {
            partnerships.accept(org, partnerId);
            Messages.info("maturity.partner.accepted");
            Redirect.to("/organisation/partners.xhtml?org=" + org + "#map");
        } catch (BusinessException problem) {
            Messages.error(null, problem);
        }
    }

    public void remove(long partnerId) {
        partnerships.remove(org, partnerId);
        Messages.info("maturity.partner.removed");
        Redirect.to("/organisation/partners.xhtml?org=" + org + "#map");
    }

    public List<Partner.Kind> getKinds() {
        return List.of(Partner.Kind.values());
    }

    public List<Partner.Level> getLevels() {
        return List.of(Partner.Level.values());
    }

    public boolean isEditing() {
        return edit != null;
    }

    public String getOrg() {
        return org;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Partner.Kind getKind() {
        return kind;
    }

    public void setKind(Partner.Kind kind) {
        this.kind = kind;
    }

    public Partner.Level getLevelToday() {
        return levelToday;
    }

    public void setLevelToday(Partner.Level levelToday) {
        this.levelToday = levelToday;
    }

    public Partner.Level getLevelWanted() {
        return levelWanted;
    }

    public void setLevelWanted(Partner.Level levelWanted) {
        this.levelWanted = levelWanted;
    }

    public String getAccessEffect() {
        return accessEffect;
    }

    public void setAccessEffect(String accessEffect) {
        this.accessEffect = accessEffect;
    }

    public String getPlannedWork() {
        return plannedWork;
    }

    public void setPlannedWork(String plannedWork) {
        this.plannedWork = plannedWork;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
