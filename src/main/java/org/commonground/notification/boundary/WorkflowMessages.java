package org.commonground.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.commonground.authoring.boundary.DraftReviewEvent;
import org.commonground.notification.control.Wording;
import org.commonground.notification.entity.Kind;
import org.commonground.reflection.boundary.ReflectionEvent;

/**
 * Messages from the work itself, made in the transaction of the change: a reviewer
 * hears of a draft sent to them; the module's other authors (trainers) hear of a comment
 * or sign-off on its draft, and of a reflection a learner shared with trainers; a
 * learner hears of a trainer's reply. Each keyed by what it is about, so never twice.
 */
@ApplicationScoped
public class WorkflowMessages {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    void review(@Observes DraftReviewEvent event) {
        List<Notifications.Draft> drafts = new ArrayList<>();
        String actor = name(event.actorId());
        if (!event.reviewerIds().isEmpty()) {
            for (long reviewer : event.reviewerIds()) {
                drafts.add(draft(reviewer, Kind.REVIEW_REQUESTED, "REVIEW_REQUESTED:" + reviewer + ":" + event.draftId(),
                        "review/draft.xhtml?draft=" + event.draftId(), event.moduleFolder(), actor));
            }
        } else {
            String which = event.signedOff() ? "signedOff" : "comment";
            for (long author : authors(event.moduleUuid())) {
                if (author != event.actorId()) {
                    drafts.add(feedback(author, "DRAFT_FEEDBACK:" + author + ":" + event.eventId(),
                            "content/module.xhtml?module=" + event.moduleUuid(), which, event.moduleFolder(), actor));
                }
            }
        }
        notifications.store(drafts);
    }

    void reflection(@Observes ReflectionEvent event) {
        List<Notifications.Draft> drafts = new ArrayList<>();
        String title = title(event.moduleUuid());
        String actor = name(event.actorId());
        String link = "reflections/view.xhtml?r=" + event.responseId();
        if (event.replyId() == null) {
            // Only those the share lets read it: the module's trainers, the managers of the membership shared in.
            java.util.Set<Long> told = new java.util.HashSet<>();
            if (event.toTrainers()) {
                for (long trainer : trainers(event.moduleUuid())) {
                    if (trainer != event.learnerId() && told.add(trainer)) {
                        drafts.add(draft(trainer, Kind.REFLECTION_SHARED, "REFLECTION_SHARED:" + trainer + ":"
                                + event.responseId(), link, title, actor));
                    }
                }
            }
            if (event.managersOf() != null) {
                for (long manager : managers(event.managersOf())) {
                    if (manager != event.learnerId() && told.add(manager)) {
                        drafts.add(shared(manager, "REFLECTION_SHARED:" + manager + ":" + event.responseId(), link, title,
                                actor));
                    }
                }
            }
        } else {
            drafts.add(draft(event.learnerId(), Kind.TRAINER_REPLY, "TRAINER_REPLY:" + event.learnerId() + ":" + event.replyId(),
                    link, title, actor));
        }
        notifications.store(drafts);
    }

    private static Notifications.Draft draft(long to, Kind kind, String key, String link, Object... args) {
        String prefix = "notification." + kind.name();
        return new Notifications.Draft(to, kind, key, Wording.text(prefix + ".subject", args),
                Wording.text(prefix + ".body", args), link);
    }

    private static Notifications.Draft feedback(long to, String key, String link, String which, Object... args) {
        String prefix = "notification." + Kind.DRAFT_FEEDBACK.name() + "." + which;
        return new Notifications.Draft(to, Kind.DRAFT_FEEDBACK, key, Wording.text(prefix + ".subject", args),
                Wording.text(prefix + ".body", args), link);
    }

    private static Notifications.Draft shared(long to, String key, String link, Object... args) {
        String prefix = "notification." + Kind.REFLECTION_SHARED.name() + ".managers";
        return new Notifications.Draft(to, Kind.REFLECTION_SHARED, key, Wording.text(prefix + ".subject", args),
                Wording.text(prefix + ".body", args), link);
    }

    /** The module's authors who are trainers (only they may read what is shared with trainers). */
    private List<Long> trainers(String moduleUuid) {
        return em.createQuery("select a.id from Account a join a.roles r where r = :trainer and a.disabled = :no and a.id in"
                + " :authors", Long.class).setParameter("trainer", org.commonground.identity.entity.Role.TRAINER)
                .setParameter("no", Boolean.FALSE).setParameter("authors", authorsOrNone(moduleUuid)).getResultList();
    }

    private List<Long> authorsOrNone(String moduleUuid) {
        List<Long> authors = authors(moduleUuid);
        return authors.isEmpty() ? List.of(-1L) : authors;
    }

    /** Who manages the membership: a manager of its whole organisation or of one of its teams, while it lasts. */
    private List<Long> managers(long membershipId) {
        return em.createQuery("select distinct ms.account.id from ManagerScope ms, Membership m left join m.teams t"
                + " where m.id = :m and m.endedAt is null and ms.organisation = m.organisation and (ms.team is null or ms.team = t)",
                Long.class).setParameter("m", membershipId).getResultList();
    }

    private List<Long> authors(String moduleUuid) {
        List<Long> ids = new ArrayList<>();
        for (Object id : em.createNativeQuery("SELECT account_id FROM module_author WHERE module_uuid = ?1")
                .setParameter(1, moduleUuid).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    private String name(long accountId) {
        return em.createQuery("select a.displayName from Account a where a.id = :id", String.class).setParameter("id", accountId)
                .getResultStream().findFirst().orElse("Someone");
    }

    private String title(String moduleUuid) {
        return em.createQuery("select v.title from LearningModule lm join ModuleVersion v on v.module = lm"
                + " and v.number = lm.currentVersion where lm.uuid = :m", String.class).setParameter("m", moduleUuid)
                .getResultStream().findFirst().orElse("a module");
    }
}
