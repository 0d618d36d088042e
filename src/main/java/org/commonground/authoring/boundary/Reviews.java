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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.commonground.authoring.entity.ModuleDraft;
import org.commonground.authoring.entity.ReviewComment;
import org.commonground.authoring.entity.ReviewRequest;
import org.commonground.authoring.entity.ReviewedFile;
import org.commonground.authoring.control.TextDiff;
import org.commonground.content.boundary.Modules;
import org.commonground.identity.boundary.Caller;
import org.commonground.identity.entity.Account;
import org.commonground.identity.entity.Role;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Co-production review. A trainer sends a draft to named reviewers (people with
 * lived experience, community partners); each sees only the drafts sent to them,
 * comments, and signs off exactly the files they read (their fingerprint). Publishing
 * writes into the module.yaml only the sign-offs given for the draft as published.
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
    Modules modules;

    @Inject
    @ConfigProperty(name = "commonground.timezone", defaultValue = "Europe/London")
    String zone;

    @Inject
    Clock clock;

    /** A comment with its author's name. */
    public record Comment(String author, String body, Instant at) {
    }

    /** A reviewer a draft went to, whether they signed off, and whether for the draft as it now is. */
    public record Sent(String reviewer, Instant requestedAt, Instant signedOffAt, boolean earlierDraft) {
    }

    /** One file's changes since the reviewer's last sign-off (or the published version). */
    public record FileChange(String path, boolean added, boolean removed, int linesAdded, int linesRemoved,
            List<TextDiff.Line> lines) {
    }

    /** What changed, and since when: {@code since} is a sign-off date, a version number, or null (all new). */
    public record Changes(String since, Integer sinceVersion, java.time.LocalDate signedOn, List<FileChange> files) {
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

    public List<Sent> sentTo(Drafts.Opened opened) {
        String now = opened.fingerprint();
        return em.createQuery("select r, a.displayName from ReviewRequest r, Account a where r.reviewerId = a.id"
                + " and r.draft = :d order by a.displayName", Object[].class).setParameter("d", opened.draft())
                .getResultStream().map(row -> {
                    ReviewRequest r = (ReviewRequest) row[0];
                    return new Sent((String) row[1], r.getRequestedAt(), r.getSignedOffAt(),
                            r.getSignedOffAt() != null && !r.approves(now));
                }).toList();
    }

    /** Whether the caller signed off this draft when its files were different from now. */
    public boolean signedEarlierDraft(Drafts.Opened opened) {
        ReviewRequest request = request(opened.draft(), caller.id());
        return request != null && request.getSignedOffAt() != null && !request.approves(opened.fingerprint());
    }

    /**
     * What changed in the draft since the caller last signed it off; if they have not,
     * since the published version the draft started from; for a new module, every file is new.
     */
    public Changes changes(Drafts.Opened opened) {
        ReviewRequest request = request(opened.draft(), caller.id());
        Map<String, String> before = new TreeMap<>();
        Integer version = null;
        java.time.LocalDate signedOn = null;
        if (request != null && request.getSignedOffAt() != null) {
            em.createQuery("select f from ReviewedFile f where f.request = :r", ReviewedFile.class).setParameter("r", request)
                    .getResultStream().forEach(f -> before.put(f.getPath(), f.getContent()));
            signedOn = request.getSignedOn();
        } else if (opened.draft().getBasedOn() != null) {
            version = opened.draft().getBasedOn();
            modules.version(opened.draft().getModule().getUuid(), version).ifPresent(v -> before.putAll(v.files()));
        }
        Map<String, String> after = opened.texts();
        java.util.Set<String> paths = new java.util.TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<FileChange> files = new java.util.ArrayList<>();
        for (String path : paths) {
            String was = before.get(path);
            String is = after.get(path);
            if (java.util.Objects.equals(was, is)) {
                continue;
            }
            // A picture is listed as added, removed or changed, never diffed as its encoded bytes.
            List<TextDiff.Line> lines = org.commonground.content.control.Media.isMedia(path) ? List.of() : TextDiff.of(was, is, 2);
            files.add(new FileChange(path, was == null, is == null,
                    (int) lines.stream().filter(l -> l.kind() == TextDiff.Kind.ADDED).count(),
                    (int) lines.stream().filter(l -> l.kind() == TextDiff.Kind.REMOVED).count(), lines));
        }
        return new Changes(signedOn != null ? "signedOff" : version != null ? "version" : null, version, signedOn, files);
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

    /**
     * The reviewer signs off the draft as they read it ({@code fingerprint}): their role
     * or organisation, today's date and a note, for exactly those files. A change to the
     * draft afterwards makes it a sign-off of an earlier draft, which is not published.
     */
    @Transactional
    public void signOff(long draftId, String role, String note, String fingerprint) {
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
        if (!opened.fingerprint().equals(fingerprint)) {
            throw new BusinessException("authoring.review.changedWhileReading");
        }
        String cleanNote = note == null ? "" : note.strip();
        request.signedOff(fingerprint, role.strip(), cleanNote, LocalDate.now(clock.withZone(ZoneId.of(zone))), clock.instant());
        em.createQuery("delete from ReviewedFile f where f.request = :r").setParameter("r", request).executeUpdate();
        opened.texts().forEach((path, text) -> em.persist(new ReviewedFile(request, path, text)));
        ReviewComment signed = new ReviewComment(opened.draft(), caller.id(), "Signed off as " + role.strip()
                + (cleanNote.isEmpty() ? "." : ": " + cleanNote), clock.instant());
        em.persist(signed);
        em.flush();
        reviewEvents.fire(new DraftReviewEvent(opened.draft().getId(), opened.draft().getModule().getUuid(), opened.draft().getModule().getFolder(),
                caller.id(), Set.of(), true, signed.getId()));
    }

    private ReviewRequest request(ModuleDraft draft, long reviewerId) {
        return em.createQuery("select r from ReviewRequest r where r.draft = :d and r.reviewerId = :me", ReviewRequest.class)
                .setParameter("d", draft).setParameter("me", reviewerId).getResultStream().findFirst().orElse(null);
    }
}
