package org.commonground.authoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonground.authoring.boundary.Drafts;
import org.commonground.authoring.boundary.EditConflict;
import org.commonground.authoring.boundary.Reviews;
import org.commonground.content.entity.ModuleDefinition;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;
import org.omnifaces.cdi.Param;

/** A reviewer's drafts, and one draft ({@code draft}) to read, comment on and sign off. */
@Named
@RequestScoped
public class ReviewBacking {

    @Inject
    Reviews reviews;

    @Inject
    Drafts drafts;

    @Inject
    Conflicts conflicts;

    @Inject
    org.commonground.content.web.MediaLinks media;

    @Inject
    @Param(name = "draft")
    Long draft;

    private Drafts.Opened opened;
    private ModuleDefinition definition;
    private String comment;
    private String role;
    private String note;
    private long moduleVersion;

    public List<Reviews.Waiting> getWaiting() {
        return reviews.waiting();
    }

    public String title(long draftId) {
        String title = reviews.open(draftId).module().title();
        return title.isBlank() ? "Untitled module" : title;
    }

    public void load() {
        getOpened();
        moduleVersion = opened.files().get(opened.modulePath()).getVersion();
    }

    public Drafts.Opened getOpened() {
        if (opened == null) {
            if (draft == null) {
                throw new org.commonground.platform.boundary.NotFoundException("authoring.draft.notFound");
            }
            opened = reviews.open(draft);
            definition = drafts.definition(opened).orElse(null);
            media.draft(opened.draft().getModule().getUuid());
        }
        return opened;
    }

    public ModuleDefinition getDefinition() {
        getOpened();
        return definition;
    }

    public List<Reviews.Comment> getComments() {
        return reviews.comments(getOpened().draft());
    }

    public void addComment() {
        try {
            reviews.comment(draft, comment);
            Messages.info("authoring.review.commented");
            Redirect.to("/review/draft.xhtml?draft=" + draft + "#comments");
        } catch (BusinessException problem) {
            Messages.error("comment", problem);
        }
    }

    public void signOff() {
        try {
            reviews.signOff(draft, role, note, moduleVersion);
            Messages.info("authoring.review.signedOff");
            Redirect.to("/review/draft.xhtml?draft=" + draft);
        } catch (EditConflict conflict) {
            conflicts.show(conflict);
        } catch (BusinessException problem) {
            Messages.error("signOff", problem);
        }
    }

    public Long getDraft() { return draft; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public long getModuleVersion() { return moduleVersion; }
    public void setModuleVersion(long moduleVersion) { this.moduleVersion = moduleVersion; }
}
