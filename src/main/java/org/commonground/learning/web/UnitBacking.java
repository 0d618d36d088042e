package org.commonground.learning.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.commonground.content.control.MarkdownRenderer;
import org.commonground.content.entity.ModuleUnit;
import org.commonground.learning.boundary.Journey;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;

/** A unit's page: objectives, teaching text, case studies, summary, resources; previous and next. */
@Named
@RequestScoped
public class UnitBacking {

    @Inject
    Journey journey;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    org.commonground.content.boundary.Modules modules;

    @Inject
    org.commonground.content.web.MediaLinks media;

    // The unit's address, read from the request as it is: OmniFaces' @Param (label, converter
    // and bean validation for each) was 4 % of the page's server time, for two plain strings.
    private String moduleUuid;
    private String unitUuid;

    private Journey.Opened opened;

    @PostConstruct
    void readAddress() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        moduleUuid = parameters.get("m");
        unitUuid = parameters.get("u");
    }

    /** Opening the page (not a postback) records the visit. */
    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            opened = journey.visit(moduleUuid, unitUuid);
            media.published(moduleUuid, modules.pictures(opened.version()));
        }
    }

    public Journey.Opened getOpened() {
        if (opened == null) {
            opened = journey.module(moduleUuid);
            media.published(moduleUuid, modules.pictures(opened.version()));
        }
        return opened;
    }

    public ModuleUnit getUnit() {
        return getOpened().unit(unitUuid);
    }

    public String getBody() {
        return markdown.toHtml(getUnit().unit().body());
    }

    public String html(String markdownText) {
        return markdown.toHtml(markdownText);
    }

    public int getPosition() {
        return getOpened().definition().position(unitUuid) + 1;
    }

    public ModuleUnit getPrevious() {
        List<ModuleUnit> units = getOpened().definition().units();
        int at = getPosition() - 1;
        return at > 0 ? units.get(at - 1) : null;
    }

    public ModuleUnit getNextUnit() {
        List<ModuleUnit> units = getOpened().definition().units();
        int at = getPosition() - 1;
        return at + 1 < units.size() ? units.get(at + 1) : null;
    }

    public boolean isComplete() {
        return getOpened().isComplete(unitUuid);
    }

    public boolean isRead() {
        return getOpened().isRead(unitUuid);
    }

    public void markRead() {
        journey.markRead(moduleUuid, unitUuid);
        Messages.info("learning.unit.markedRead");
        Redirect.to("/learn/unit.xhtml?m=" + moduleUuid + "&u=" + unitUuid + "#progress");
    }

    public String getModuleUuid() {
        return moduleUuid;
    }

    public String getUnitUuid() {
        return unitUuid;
    }
}
