package org.commonground.authoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.authoring.boundary.Drafts;
import org.commonground.authoring.boundary.Reviews;
import org.commonground.content.entity.ModuleDefinition;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;
import org.omnifaces.cdi.Param;

/**
 * A reviewer's drafts, and one draft ({@code draft}) to read, comment on and sign off:
 * what changed since they last signed it off, then the draft unit by unit.
 */
@Named
@RequestScoped
public class ReviewBacking {

    @Inject
    Reviews reviews;

    @Inject
    Drafts drafts;

    @Inject
    org.commonground.content.web.MediaLinks media;

    @Inject
    @Param(name = "draft")
    Long draft;

    private Drafts.Opened opened;
    private ModuleDefinition definition;
    private Reviews.Changes changes;
    private Map<String, String> labels;
    private final Map<Long, Drafts.Opened> listed = new HashMap<>();
    private String comment;
    private String role;
    private String note;
    private String fingerprint;

    public List<Reviews.Waiting> getWaiting() {
        return reviews.waiting();
    }

    public String title(long draftId) {
        String title = listed(draftId).module().title();
        return title.isBlank() ? "Untitled module" : title;
    }

    /** Whether the caller's sign-off of a listed draft was for an earlier state of it. */
    public boolean signedEarlier(long draftId) {
        return reviews.signedEarlierDraft(listed(draftId));
    }

    private Drafts.Opened listed(long draftId) {
        return listed.computeIfAbsent(draftId, reviews::open);
    }

    public void load() {
        getOpened();
        if (fingerprint == null) {
            fingerprint = opened.fingerprint();
        }
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

    /** What changed since the caller last signed off (or since the published version). */
    public Reviews.Changes getChanges() {
        if (changes == null) {
            changes = reviews.changes(getOpened());
        }
        return changes;
    }

    /** What the screens call a file of the draft. */
    public String label(String path) {
        if (labels == null) {
            labels = ItemLabels.of(getOpened().modulePath(), drafts.outline(opened));
        }
        return labels.getOrDefault(path, path);
    }

    /** "new", "taken out", or how many lines were put in and taken out. */
    public String summary(Reviews.FileChange change) {
        if (change.added()) {
            return "new";
        }
        if (change.removed()) {
            return "taken out";
        }
        return change.linesAdded() + (change.linesAdded() == 1 ? " line" : " lines") + " put in, " + change.linesRemoved() + " taken out";
    }

    public boolean isSignedEarlier() {
        return reviews.signedEarlierDraft(getOpened());
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
            reviews.signOff(draft, role, note, fingerprint);
            Messages.info("authoring.review.signedOff");
            Redirect.to("/review/draft.xhtml?draft=" + draft);
        } catch (BusinessException problem) {
            // Whatever went wrong, the next sign-off is for the draft as the page now shows it.
            fingerprint = getOpened().fingerprint();
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
    public String getFingerprint() { return fingerprint; }
    public void setFingerprint(String fingerprint) { this.fingerprint = fingerprint; }
}
