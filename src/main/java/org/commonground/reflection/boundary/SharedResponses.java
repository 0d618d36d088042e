package org.commonground.reflection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.commonground.content.boundary.Modules;
import org.commonground.content.entity.Worksheet;
import org.commonground.identity.boundary.Caller;
import org.commonground.identity.entity.Account;
import org.commonground.identity.entity.Role;
import org.commonground.organisation.boundary.Memberships;
import org.commonground.organisation.control.Access;
import org.commonground.organisation.entity.Membership;
import org.commonground.platform.boundary.NotFoundException;
import org.commonground.reflection.control.ReadAccess;
import org.commonground.reflection.entity.ReflectionReply;
import org.commonground.reflection.entity.WorksheetAnswer;
import org.commonground.reflection.entity.WorksheetResponse;

/**
 * Sharing worksheet responses, and reading the ones shared. A response is private
 * until its author shares it; anyone else asking for it gets "not found", whatever
 * the id they try.
 */
@ApplicationScoped
public class SharedResponses {

    @Inject
    jakarta.enterprise.event.Event<ReflectionEvent> reflectionEvents;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Access access;

    @Inject
    Memberships memberships;

    @Inject
    Modules modules;

    @Inject
    jakarta.security.enterprise.SecurityContext security;

    @Inject
    org.commonground.authoring.boundary.Authors authors;

    @Inject
    Clock clock;

    /** A trainer's reply, with the trainer's name. */
    public record Reply(String author, String body, Instant at) {
    }

    /** A response someone may read, with its author's name and its worksheet. */
    public record Readable(WorksheetResponse response, String author, Worksheet worksheet, Map<String, WorksheetAnswer> answers) {
    }

    /** A line in a list of shared responses. */
    public record Listed(long id, String author, String worksheetUuid, String moduleUuid, Instant sharedAt) {
    }

    /** The author shares (or stops sharing) their response to a unit's worksheet. */
    @Transactional
    public void share(String moduleUuid, String unitUuid, boolean withManagers, boolean withTrainers) {
        WorksheetResponse response = em.createQuery("select r from WorksheetResponse r where r.accountId = :me"
                + " and r.moduleUuid = :m and r.unitUuid = :u", WorksheetResponse.class)
                .setParameter("me", caller.id()).setParameter("m", moduleUuid).setParameter("u", unitUuid)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("reflection.response.notFound"));
        boolean newlyWithTrainers = withTrainers && !response.isSharedWithTrainers();
        Long membership = memberships.active(caller.id()).map(Membership::getId).orElse(null);
        boolean newlyWithManagers = withManagers && membership != null && !response.isSharedWithManagersOf(membership);
        response.share(withManagers, withTrainers, clock.instant(), membership);
        if (newlyWithTrainers || newlyWithManagers) {
            reflectionEvents.fire(new ReflectionEvent(response.getId(), moduleUuid, caller.id(), caller.id(), null,
                    newlyWithTrainers, newlyWithManagers ? membership : null));
        }
    }

    /** A response, if the caller may read it; otherwise not found. */
    public Readable read(long responseId) {
        WorksheetResponse response = em.find(WorksheetResponse.class, responseId);
        if (response == null || !mayRead(response)) {
            throw new NotFoundException("reflection.response.notFound");
        }
        Account author = em.find(Account.class, response.getAccountId());
        Worksheet worksheet = modules.find(response.getModuleUuid())
                .flatMap(m -> m.currentVersion().flatMap(n -> modules.version(m.getUuid(), n)))
                .map(modules::definition)
                .flatMap(d -> d.unit(response.getUnitUuid()))
                .flatMap(u -> u.worksheet())
                .orElseThrow(() -> new NotFoundException("reflection.response.notFound"));
        Map<String, WorksheetAnswer> answers = em.createQuery("select a from WorksheetAnswer a where a.response = :r",
                WorksheetAnswer.class).setParameter("r", response).getResultList().stream()
                .collect(Collectors.toMap(WorksheetAnswer::getPartUuid, a -> a));
        return new Readable(response, author.getDisplayName(), worksheet, answers);
    }

    /** A trainer who may read a response shared with trainers replies to it; the learner sees the reply. */
    @Transactional
    public void reply(long responseId, String body) {
        WorksheetResponse response = em.find(WorksheetResponse.class, responseId);
        if (response == null || !mayRead(response)) {
            throw new NotFoundException("reflection.response.notFound");
        }
        if (!response.isSharedWithTrainers() || !security.isCallerInRole(Role.TRAINER_NAME)
                || !authors.isAuthor(response.getModuleUuid(), caller.id())) {
            throw new org.commonground.platform.boundary.AccessDeniedException();
        }
        if (body == null || body.isBlank() || body.strip().length() > ReflectionReply.MAX_LENGTH) {
            throw org.commonground.platform.boundary.BusinessException.onField("text", "reflection.reply.length");
        }
        ReflectionReply reply = new ReflectionReply(responseId, caller.id(), body, clock.instant());
        em.persist(reply);
        em.flush();
        reflectionEvents.fire(ReflectionEvent.reply(responseId, response.getModuleUuid(), response.getAccountId(), caller.id(),
                reply.getId()));
    }

    /** Replies to a response, oldest first, for anyone who may read it. */
    public List<Reply> replies(long responseId) {
        WorksheetResponse response = em.find(WorksheetResponse.class, responseId);
        if (response == null || !mayRead(response)) {
            return List.of();
        }
        return em.createQuery("select new org.commonground.reflection.boundary.SharedResponses.Reply(a.displayName, r.body,"
                + " r.createdAt) from ReflectionReply r, Account a where r.authorId = a.id and r.responseId = :id"
                + " order by r.createdAt, r.id", Reply.class).setParameter("id", responseId).getResultList();
    }

    /** Whether the caller may reply to a response: a trainer who authors its module, and it is shared with trainers. */
    public boolean mayReply(WorksheetResponse response) {
        return response.isSharedWithTrainers() && security.isCallerInRole(Role.TRAINER_NAME)
                && response.getAccountId() != caller.id() && authors.isAuthor(response.getModuleUuid(), caller.id());
    }

    /** Responses shared with the caller: as a manager of their authors, and as a trainer. */
    public List<Listed> sharedWithMe() {
        List<WorksheetResponse> candidates = em.createQuery("select r from WorksheetResponse r where"
                + " r.sharedWithManagers = :yes or r.sharedWithTrainers = :yes order by r.sharedAt desc", WorksheetResponse.class)
                .setParameter("yes", Boolean.TRUE).setMaxResults(500).getResultList();
        return candidates.stream().filter(this::mayRead).filter(r -> r.getAccountId() != caller.id())
                .map(r -> new Listed(r.getId(), em.find(Account.class, r.getAccountId()).getDisplayName(), r.getWorksheetUuid(),
                        r.getModuleUuid(), r.getSharedAt()))
                .toList();
    }

    private boolean mayRead(WorksheetResponse response) {
        long me = caller.id();
        boolean author = response.getAccountId() == me;
        boolean manages = false;
        if (response.isSharedWithManagers() && !author) {
            // Only the managers of the membership it was shared in, while it lasts: leaving or moving ends the share.
            Optional<Membership> membership = memberships.active(response.getAccountId())
                    .filter(m -> response.isSharedWithManagersOf(m.getId()));
            manages = membership.isPresent() && !caller.isAdmin() && access.canSee(membership.get())
                    || membership.isPresent() && caller.isAdmin() && managesAsScope(membership.get());
        }
        // Trainers read what was shared with trainers for the modules they author.
        boolean trainer = security.isCallerInRole(Role.TRAINER_NAME) && response.isSharedWithTrainers()
                && authors.isAuthor(response.getModuleUuid(), me);
        return ReadAccess.mayRead(author, manages, trainer, response.isSharedWithManagers(), response.isSharedWithTrainers());
    }

    /** Administrators see people for administration, not reflections: only a real manager scope counts. */
    private boolean managesAsScope(Membership membership) {
        return access.grants().stream().anyMatch(g -> g.organisationId() == membership.getOrganisation().getId()
                && (g.teamId() == null || membership.getTeams().stream().anyMatch(t -> t.getId().equals(g.teamId()))));
    }
}
