package org.commonground.authoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.commonground.authoring.entity.DraftFile;
import org.commonground.authoring.entity.ModuleDraft;
import org.commonground.authoring.entity.ReviewComment;
import org.commonground.authoring.entity.ReviewRequest;
import org.commonground.content.entity.Review;
import org.commonground.identity.boundary.Caller;
import org.commonground.identity.entity.Account;
import org.commonground.identity.entity.Role;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Co-production review. A trainer sends a draft to named reviewers (people with
 * lived experience, community partners); each sees only the drafts sent to them,
 * comments, and signs off. A sign-off is written into the draft's module.yaml, so
 * the published version carries it and its page shows it.
 */
@ApplicationScoped
public class Reviews {

    @Inject
    jakarta.enterprise.event.Event<DraftReviewEvent> reviewEvents;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Drafts drafts;

    @Inject
    @ConfigProperty(name = "commonground.timezone", defaultValue = "Europe/London")
    String zone;

    @Inject
    Clock clock;

    /** A comment with its author's name. */
    public record Comment(String author, String body, Instant at) {
    }

    /** A reviewer a draft went to, and whether they signed off. */
    public record Sent(String reviewer, Instant requestedAt, Instant signedOffAt) {
    }

    /** A draft on a reviewer's list. */
    public record Waiting(long draftId, String title, Instant requestedAt, Instant signedOffAt) {
    }

    /** People who may be asked to review: accounts with the reviewer role. */
    public List<Reviewer> reviewers() {
        caller.requireTrainer();
        return em.createQuery("select new org.commonground.authoring.boundary.Reviews.Reviewer(a.id, a.displayName)"
                + " from Account a join a.roles r where r = :role and a.disabled = false order by a.displayName",
                Reviewer.class).setParameter("role", Role.REVIEWER).getResultList();
    }

    /** Someone who may be asked to review: id and name only (one statement, however many there are). */
    public record Reviewer(long id, String displayName) {
    }

    @Transactional
    public int send(String moduleUuid, Set<Long> reviewerIds) {
        Drafts.Opened opened = drafts.get(moduleUuid);
        if (reviewerIds == null || reviewerIds.isEmpty()) {
            throw BusinessException.onField("reviewers", "authoring.review.noneChosen");
        }
        int sent = 0;
        for (long id : reviewerIds) {
            Account reviewer = em.find(Account.class, id);
            if (reviewer == null || !reviewer.holds(Role.REVIEWER) || reviewer.isDisabled()) {
                throw BusinessException.onField("reviewers", "authoring.review.notReviewer");
            }
            if (request(opened.draft(), id) == null) {
                em.persist(new ReviewRequest(opened.draft(), id, caller.id(), clock.instant()));
                sent++;
            }
        }
        opened.draft().sentForReview(caller.id(), clock.instant());
        reviewEvents.fire(new DraftReviewEvent(opened.draft().getId(), opened.draft().getModule().getUuid(), opened.draft().getModule().getFolder(),
                caller.id(), Set.copyOf(reviewerIds), false, opened.draft().getId()));
        return sent;
    }

    public List<Sent> sentTo(ModuleDraft draft) {
        return em.createQuery("select new org.commonground.authoring.boundary.Reviews.Sent(a.displayName, r.requestedAt,"
                + " r.signedOffAt) from ReviewRequest r, Account a where r.reviewerId = a.id and r.draft = :d"
                + " order by a.displayName", Sent.class).setParameter("d", draft).getResultList();
    }

    public List<Comment> comments(ModuleDraft draft) {
        return em.createQuery("select new org.commonground.authoring.boundary.Reviews.Comment(a.displayName, c.body,"
                + " c.createdAt) from ReviewComment c, Account a where c.authorId = a.id and c.draft = :d"
                + " order by c.createdAt, c.id", Comment.class).setParameter("d", draft).getResultList();
    }

    /** The drafts sent to the caller that are still open. */
    public List<Waiting> waiting() {
        return em.createQuery("select new org.commonground.authoring.boundary.Reviews.Waiting(d.id, m.folder,"
                + " r.requestedAt, r.signedOffAt) from ReviewRequest r join r.draft d join d.module m"
                + " where r.reviewerId = :me and d.status in :open order by r.requestedAt desc", Waiting.class)
                .setParameter("me", caller.id()).setParameter("open", Drafts.OPEN).getResultList();
    }

    /** A draft for the reviewer it was sent to (or a trainer); anyone else gets "not found". */
    public Drafts.Opened open(long draftId) {
        ModuleDraft draft = em.find(ModuleDraft.class, draftId);
        if (draft == null || !draft.getStatus().isOpen() || !(caller.isTrainer() || request(draft, caller.id()) != null)) {
            throw new NotFoundException("authoring.draft.notFound");
        }
        return drafts.opened(draft);
    }

    @Transactional
    public void comment(long draftId, String body) {
        Drafts.Opened opened = open(draftId);
        if (body == null || body.isBlank() || body.length() > ReviewComment.MAX_LENGTH) {
            throw BusinessException.onField("text", "authoring.review.comment");
        }
        ReviewComment comment = new ReviewComment(opened.draft(), caller.id(), body, clock.instant());
        em.persist(comment);
        em.flush();
        reviewEvents.fire(new DraftReviewEvent(opened.draft().getId(), opened.draft().getModule().getUuid(), opened.draft().getModule().getFolder(),
                caller.id(), Set.of(), false, comment.getId()));
    }

    /** The reviewer signs off the draft: their name, role or organisation, today's date and a note. */
    @Transactional
    public void signOff(long draftId, String role, String note, long moduleFileVersion) {
        Drafts.Opened opened = open(draftId);
        ReviewRequest request = request(opened.draft(), caller.id());
        if (request == null) {
            throw new NotFoundException("authoring.draft.notFound");
        }
        if (role == null || role.isBlank() || role.length() > 200) {
            throw BusinessException.onField("role", "authoring.review.role");
        }
        if (note != null && note.length() > 1000) {
            throw BusinessException.onField("note", "authoring.review.note");
        }
        Account me = em.find(Account.class, caller.id());
        DraftFile moduleFile = opened.files().get(opened.modulePath());
        Drafts.requireVersion(em, moduleFile, moduleFileVersion);
        Review review = new Review(me.getDisplayName(), role.strip(), LocalDate.now(clock.withZone(ZoneId.of(zone))),
                note == null ? "" : note.strip());
        moduleFile.rewrite(opened.module().withReview(review).write(), me.getId(), clock.instant());
        request.signedOff(clock.instant());
        ReviewComment signed = new ReviewComment(opened.draft(), me.getId(), "Signed off as " + role.strip()
                + (review.note().isEmpty() ? "." : ": " + review.note()), clock.instant());
        em.persist(signed);
        em.flush();
        reviewEvents.fire(new DraftReviewEvent(opened.draft().getId(), opened.draft().getModule().getUuid(), opened.draft().getModule().getFolder(),
                me.getId(), Set.of(), true, signed.getId()));
    }

    private ReviewRequest request(ModuleDraft draft, long reviewerId) {
        return em.createQuery("select r from ReviewRequest r where r.draft = :d and r.reviewerId = :me", ReviewRequest.class)
                .setParameter("d", draft).setParameter("me", reviewerId).getResultStream().findFirst().orElse(null);
    }
}
