package org.commonground.authoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonground.authoring.boundary.Catalogue;
import org.commonground.authoring.boundary.Drafts;
import org.commonground.authoring.entity.ModuleDraft;
import org.commonground.content.entity.Stage;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;
import org.commonground.platform.web.Urls;

/** The trainers' content list, and starting a new module. */
@Named
@RequestScoped
public class ContentBacking {

    @Inject
    Catalogue catalogue;

    @Inject
    Drafts drafts;

    private List<Catalogue.Row> rows;
    private String title;
    private Stage stage;

    public List<Catalogue.Row> getRows() {
        if (rows == null) {
            rows = catalogue.rows();
        }
        return rows;
    }

    public void create() {
        try {
            ModuleDraft draft = drafts.create(title, stage);
            Messages.info("authoring.module.created");
            Redirect.to("/content/module.xhtml?module=" + Urls.enc(draft.getModule().getUuid()));
        } catch (BusinessException problem) {
            Messages.error("newModule", problem);
        }
    }

    public List<Stage> getStages() {
        return List.of(Stage.values());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }
}
