package org.commonground.record.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.commonground.assessment.entity.QuizAttempt;
import org.commonground.identity.boundary.Caller;
import org.commonground.identity.entity.Account;
import org.commonground.identity.entity.AuditEntry;
import org.commonground.learning.entity.Assignment;
import org.commonground.progress.entity.Completion;
import org.commonground.progress.entity.ModuleProgress;
import org.commonground.progress.entity.UnitProgress;
import org.commonground.organisation.entity.Membership;
import org.commonground.record.entity.Certificate;
import org.commonground.reflection.entity.WorksheetAnswer;
import org.commonground.reflection.entity.WorksheetResponse;

/** Everything held about the caller, as one JSON document they can download. */
@ApplicationScoped
public class DataExport {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    org.commonground.learning.boundary.Assignments assignments;

    @Inject
    Clock clock;

    @Inject
    org.commonground.notification.boundary.Notifications notifications;

    public String mine() {
        long me = caller.id();
        Account account = em.find(Account.class, me);
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("exportedAt", clock.instant().toString())
                .add("about", "Everything Common Ground holds about you.");
        JsonArrayBuilder roles = Json.createArrayBuilder();
        account.getRoles().forEach(r -> roles.add(r.name()));
        root.add("account", Json.createObjectBuilder().add("name", account.getDisplayName()).add("email", account.getEmail())
                .add("registeredAt", account.getCreatedAt().toString()).add("roles", roles).add("disabled", account.isDisabled()));

        JsonArrayBuilder memberships = Json.createArrayBuilder();
        for (Membership m : list("select m from Membership m join fetch m.organisation where m.account.id = :me", Membership.class, me)) {
            JsonArrayBuilder teams = Json.createArrayBuilder();
            m.getTeams().forEach(t -> teams.add(t.getName()));
            memberships.add(Json.createObjectBuilder().add("organisation", m.getOrganisation().getName())
                    .add("staffGroup", m.getStaffGroup()).add("started", m.getStartedAt().toString())
                    .add("ended", m.getEndedAt() == null ? "" : m.getEndedAt().toString()).add("teams", teams));
        }
        root.add("memberships", memberships);

        JsonArrayBuilder assigned = Json.createArrayBuilder();
        for (Assignment a : assignments.of(me)) {
            assigned.add(Json.createObjectBuilder().add("module", a.getModuleUuid()).add("due", a.getDueOn().toString())
                    .add("renewalMonths", a.getRenewalMonths() == null ? 0 : a.getRenewalMonths()));
        }
        root.add("assignments", assigned);

        JsonArrayBuilder progress = Json.createArrayBuilder();
        for (ModuleProgress p : list("select p from ModuleProgress p where p.accountId = :me", ModuleProgress.class, me)) {
            progress.add(Json.createObjectBuilder().add("module", p.getModuleUuid()).add("version", p.getModuleVersion())
                    .add("started", p.getStartedAt().toString())
                    .add("completed", p.getCompletedAt() == null ? "" : p.getCompletedAt().toString()));
        }
        root.add("moduleProgress", progress);

        JsonArrayBuilder units = Json.createArrayBuilder();
        for (UnitProgress u : list("select u from UnitProgress u where u.accountId = :me", UnitProgress.class, me)) {
            units.add(Json.createObjectBuilder().add("unit", u.getUnitUuid())
                    .add("read", u.getReadAt() == null ? "" : u.getReadAt().toString())
                    .add("completed", u.getCompletedAt() == null ? "" : u.getCompletedAt().toString()));
        }
        root.add("unitProgress", units);

        JsonArrayBuilder completions = Json.createArrayBuilder();
        for (Completion c : list("select c from Completion c where c.accountId = :me", Completion.class, me)) {
            completions.add(Json.createObjectBuilder().add("module", c.getModuleUuid()).add("version", c.getModuleVersion())
                    .add("completed", c.getCompletedAt().toString()));
        }
        root.add("completions", completions);

        JsonArrayBuilder attempts = Json.createArrayBuilder();
        for (QuizAttempt a : list("select a from QuizAttempt a where a.accountId = :me order by a.submittedAt", QuizAttempt.class, me)) {
            JsonArrayBuilder answers = Json.createArrayBuilder();
            for (Map.Entry<String, java.util.Set<String>> q : a.selections().entrySet()) {
                JsonArrayBuilder keys = Json.createArrayBuilder();
                q.getValue().forEach(keys::add);
                answers.add(Json.createObjectBuilder().add("question", q.getKey()).add("selected", keys));
            }
            attempts.add(Json.createObjectBuilder().add("quiz", a.getQuizUuid()).add("number", a.getNumber())
                    .add("score", a.getScore()).add("passed", a.isPassed()).add("submitted", a.getSubmittedAt().toString())
                    .add("answers", answers));
        }
        root.add("quizAttempts", attempts);

        JsonArrayBuilder worksheets = Json.createArrayBuilder();
        for (WorksheetResponse r : list("select r from WorksheetResponse r where r.accountId = :me", WorksheetResponse.class, me)) {
            JsonArrayBuilder answers = Json.createArrayBuilder();
            em.createQuery("select a from WorksheetAnswer a where a.response = :r", WorksheetAnswer.class).setParameter("r", r)
                    .getResultList().forEach(a -> answers.add(Json.createObjectBuilder().add("part", a.getPartUuid())
                            .add("answer", Json.createReader(new java.io.StringReader(a.getContent())).readObject())
                            .add("saved", a.getSavedAt().toString())));
            worksheets.add(Json.createObjectBuilder().add("worksheet", r.getWorksheetUuid()).add("module", r.getModuleUuid())
                    .add("submitted", r.getSubmittedAt() == null ? "" : r.getSubmittedAt().toString())
                    .add("sharedWithManagers", r.isSharedWithManagers()).add("sharedWithTrainers", r.isSharedWithTrainers())
                    .add("answers", answers));
        }
        root.add("worksheets", worksheets);

        JsonArrayBuilder followUps = Json.createArrayBuilder();
        for (org.commonground.reflection.entity.FollowUpAnswer f : list("select f from FollowUpAnswer f where f.accountId = :me"
                + " order by f.savedAt, f.id", org.commonground.reflection.entity.FollowUpAnswer.class, me)) {
            followUps.add(Json.createObjectBuilder().add("module", f.getModuleUuid()).add("completedOn", f.getCompletedOn().toString())
                    .add("afterDays", f.getAfterDays()).add("question", f.getQuestionText()).add("answer", f.getAnswer())
                    .add("saved", f.getSavedAt().toString()));
        }
        root.add("practiceFollowUps", followUps);

        JsonArrayBuilder certificates = Json.createArrayBuilder();
        for (Certificate c : list("select c from Certificate c where c.accountId = :me", Certificate.class, me)) {
            certificates.add(Json.createObjectBuilder().add("module", c.getModuleTitle()).add("version", c.getModuleVersion())
                    .add("code", c.getCode()).add("issued", c.getIssuedAt().toString()));
        }
        root.add("certificates", certificates);

        JsonArrayBuilder notes = Json.createArrayBuilder();
        for (org.commonground.notification.entity.Notification n : notifications.export(me)) {
            notes.add(Json.createObjectBuilder().add("kind", n.getKind().name()).add("subject", n.getSubject())
                    .add("body", n.getBody()).add("created", n.getCreatedAt().toString())
                    .add("read", n.getReadAt() == null ? "" : n.getReadAt().toString())
                    .add("emailed", n.getEmailedAt() == null ? "" : n.getEmailedAt().toString()));
        }
        root.add("notifications", notes);
        JsonArrayBuilder byEmail = Json.createArrayBuilder();
        notifications.byEmail(me).forEach(k -> byEmail.add(k.name()));
        root.add("notificationsByEmail", byEmail);

        JsonArrayBuilder audit = Json.createArrayBuilder();
        for (AuditEntry e : list("select e from AuditEntry e where e.subjectId = :me order by e.at", AuditEntry.class, me)) {
            audit.add(Json.createObjectBuilder().add("at", e.getAt().toString()).add("action", e.getAction()).add("detail", e.getDetail()));
        }
        root.add("auditEntriesAboutYou", audit);

        StringWriter out = new StringWriter();
        JsonWriterFactory writers = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        writers.createWriter(out).writeObject(root.build());
        return out.toString();
    }

    private <T> List<T> list(String jpql, Class<T> type, long me) {
        return em.createQuery(jpql, type).setParameter("me", me).getResultList();
    }
}
