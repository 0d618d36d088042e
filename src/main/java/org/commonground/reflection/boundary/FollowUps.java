package org.commonground.reflection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.commonground.content.boundary.Modules;
import org.commonground.content.entity.FollowUpQuestion;
import org.commonground.content.entity.ModuleDefinition;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.identity.boundary.Caller;
import org.commonground.organisation.entity.Organisation;
import org.commonground.organisation.entity.Team;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;
import org.commonground.progress.boundary.Progress;
import org.commonground.progress.entity.ModuleStatus;
import org.commonground.reflection.entity.FollowUpAnswer;

/**
 * Practice follow-up, the framework's lasting change: 30 and 90 days after a learner
 * completes a module (their newest completion, by the platform clock and time zone),
 * the module's follow-up questions ask what they have done differently since. The
 * newest point reached is the one asked (an unanswered 30-day follow-up gives way to
 * the 90-day one). Answers are the learner's alone; others get only counts of people.
 */
@ApplicationScoped
public class FollowUps {

    public static final int FIRST = 30;
    public static final int SECOND = 90;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Modules modules;

    @Inject
    Progress progress;

    @Inject
    Clock clock;

    /** A follow-up that became due on a day: for the reminders' daily job. */
    public record Due(long accountId, String moduleUuid, int afterDays) {
    }

    /** A follow-up waiting for the caller's answer. */
    public record Pending(String moduleUuid, String title, int afterDays, LocalDate completedOn) {
    }

    /** One question on the follow-up page with the caller's answer so far. */
    public record Asked(FollowUpQuestion question, String answer) {
    }

    /** The follow-up page: the module, which point, the questions with answers, and whether it was answered. */
    public record Opened(String moduleUuid, String title, int afterDays, LocalDate completedOn, List<Asked> questions,
            boolean answered) {
    }

    /** Who answered which follow-up: never the words. */
    public record Answered(long accountId, String moduleUuid, int afterDays) {
    }

    /** The follow-up point reached on {@code day} for a completion on {@code completedOn}: 90, 30, or none. */
    public static OptionalInt pointOn(LocalDate completedOn, LocalDate day) {
        if (completedOn == null) {
            return OptionalInt.empty();
        }
        if (!day.isBefore(completedOn.plusDays(SECOND))) {
            return OptionalInt.of(SECOND);
        }
        return day.isBefore(completedOn.plusDays(FIRST)) ? OptionalInt.empty() : OptionalInt.of(FIRST);
    }

    /**
     * The follow-ups that became due on a day (30 or 90 days after a completion on that
     * day's date minus 30 or 90), for enabled accounts, on modules that ask follow-up
     * questions, and not answered already. Boundary for the reminders job.
     */
    public List<Due> dueOn(LocalDate day) {
        ZoneId zone = progress.zoneId();
        Set<String> asking = modulesAsking().keySet();
        List<Due> due = new ArrayList<>();
        for (int days : new int[] {FIRST, SECOND}) {
            LocalDate completedOn = day.minusDays(days);
            // (The disabled flag is read, not compared: with the subquery EclipseLink writes the boolean as 0, which H2 refuses.)
            List<Object[]> rows = em.createQuery("select s.accountId, s.moduleUuid, a.disabled from ModuleStatus s, Account a"
                    + " where a.id = s.accountId and s.completedAt >= :from and s.completedAt < :to"
                    + " and not exists (select f.id from FollowUpAnswer f where f.accountId = s.accountId"
                    + " and f.moduleUuid = s.moduleUuid and f.completedOn = :on and f.afterDays = :days)"
                    + " order by s.accountId, s.moduleUuid", Object[].class)
                    .setParameter("from", completedOn.atStartOfDay(zone).toInstant())
                    .setParameter("to", completedOn.plusDays(1).atStartOfDay(zone).toInstant())
                    .setParameter("on", completedOn).setParameter("days", days).getResultList();
            for (Object[] row : rows) {
                if (asking.contains((String) row[1]) && !Boolean.TRUE.equals(row[2])) {
                    due.add(new Due(((Number) row[0]).longValue(), (String) row[1], days));
                }
            }
        }
        return due;
    }

    /**
     * The caller's follow-ups waiting for an answer, from their completions (module uuid
     * to newest completion). Reads nothing when no completion is 30 days old.
     */
    public List<Pending> pending(Map<String, Instant> completions) {
        LocalDate today = progress.today();
        Map<String, Pending> reached = new HashMap<>();
        completions.forEach((module, at) -> {
            if (at != null) {
                LocalDate on = day(at);
                pointOn(on, today).ifPresent(days -> reached.put(module, new Pending(module, "", days, on)));
            }
        });
        if (reached.isEmpty()) {
            return List.of();
        }
        Set<String> answered = answeredKeys(caller.id(), reached.keySet());
        Map<String, ModuleDefinition> asking = modulesAsking();
        List<Pending> pending = new ArrayList<>();
        for (Pending p : reached.values()) {
            if (asking.containsKey(p.moduleUuid()) && !answered.contains(key(p.moduleUuid(), p.completedOn(), p.afterDays()))) {
                pending.add(new Pending(p.moduleUuid(), asking.get(p.moduleUuid()).title(), p.afterDays(), p.completedOn()));
            }
        }
        pending.sort(java.util.Comparator.comparing(Pending::completedOn).thenComparing(Pending::title));
        return pending;
    }

    /** The caller's follow-up on one module, when one is due and the definition asks questions. */
    public Optional<Pending> pending(ModuleDefinition definition, Instant completedAt) {
        if (completedAt == null || definition.followUp().isEmpty()) {
            return Optional.empty();
        }
        LocalDate on = day(completedAt);
        OptionalInt point = pointOn(on, progress.today());
        if (point.isEmpty() || answeredKeys(caller.id(), Set.of(definition.uuid()))
                .contains(key(definition.uuid(), on, point.getAsInt()))) {
            return Optional.empty();
        }
        return Optional.of(new Pending(definition.uuid(), definition.title(), point.getAsInt(), on));
    }

    /** The caller's follow-up on a module, answered or not; not found when none is due. */
    public Opened open(String moduleUuid) {
        long me = caller.id();
        ModuleStatus status = moduleUuid == null ? null : progress.find(me, moduleUuid).orElse(null);
        if (status == null || status.getCompletedAt() == null) {
            throw new NotFoundException("reflection.followUp.notFound");
        }
        LocalDate on = day(status.getCompletedAt());
        OptionalInt point = pointOn(on, progress.today());
        ModuleDefinition definition = current(moduleUuid).orElse(null);
        if (point.isEmpty() || definition == null || definition.followUp().isEmpty()) {
            throw new NotFoundException("reflection.followUp.notFound");
        }
        Map<String, FollowUpAnswer> answers = answers(me, moduleUuid, on, point.getAsInt());
        List<Asked> asked = definition.followUp().stream()
                .map(q -> new Asked(q, answers.containsKey(q.uuid()) ? answers.get(q.uuid()).getAnswer() : "")).toList();
        return new Opened(moduleUuid, definition.title(), point.getAsInt(), on, asked, !answers.isEmpty());
    }

    /**
     * Saves the caller's answers (question uuid to text) to the follow-up the page showed
     * ({@code afterDays}); a blank answer removes an earlier one. At least one answer is needed.
     */
    @Transactional
    public void answer(String moduleUuid, int afterDays, Map<String, String> texts) {
        Opened opened = open(moduleUuid);
        if (afterDays != opened.afterDays()) {
            // The page was opened before the next point was reached: the answers belong to the earlier one.
            if (afterDays != FIRST || opened.afterDays() != SECOND) {
                throw new NotFoundException("reflection.followUp.notFound");
            }
        }
        long me = caller.id();
        String first = opened.questions().get(0).question().uuid();
        boolean any = false;
        for (Asked asked : opened.questions()) {
            String text = typed(texts, asked.question().uuid());
            if (text.length() > FollowUpAnswer.MAX_LENGTH) {
                throw BusinessException.onField(asked.question().uuid(), "reflection.followUp.tooLong");
            }
            any |= !text.isEmpty();
        }
        if (!any) {
            throw BusinessException.onField(first, "reflection.followUp.empty");
        }
        Map<String, FollowUpAnswer> saved = answers(me, moduleUuid, opened.completedOn(), afterDays);
        Instant now = clock.instant();
        for (Asked asked : opened.questions()) {
            FollowUpQuestion q = asked.question();
            String text = typed(texts, q.uuid());
            FollowUpAnswer existing = saved.get(q.uuid());
            if (text.isEmpty() && existing != null) {
                em.remove(existing);
            } else if (!text.isEmpty() && existing != null) {
                existing.answer(text, now);
            } else if (!text.isEmpty()) {
                em.persist(new FollowUpAnswer(me, moduleUuid, opened.completedOn(), afterDays, q.uuid(), q.text(), text, now));
            }
        }
    }

    /** Who among the current members of an organisation (or of one of its teams) answered which follow-up. */
    public List<Answered> answeredAmong(Organisation organisation, Team team) {
        String members = "select m.account.id from Membership m" + (team == null ? "" : " join m.teams t")
                + " where m.organisation = :o and m.endedAt is null" + (team == null ? "" : " and t = :team");
        var query = em.createQuery("select distinct f.accountId, f.moduleUuid, f.afterDays from FollowUpAnswer f"
                + " where f.accountId in (" + members + ")", Object[].class).setParameter("o", organisation);
        if (team != null) {
            query.setParameter("team", team);
        }
        return query.getResultList().stream()
                .map(r -> new Answered(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue())).toList();
    }

    private Map<String, FollowUpAnswer> answers(long accountId, String moduleUuid, LocalDate on, int days) {
        Map<String, FollowUpAnswer> byQuestion = new HashMap<>();
        em.createQuery("select f from FollowUpAnswer f where f.accountId = :a and f.moduleUuid = :m and f.completedOn = :on"
                + " and f.afterDays = :d", FollowUpAnswer.class).setParameter("a", accountId).setParameter("m", moduleUuid)
                .setParameter("on", on).setParameter("d", days).getResultList()
                .forEach(f -> byQuestion.put(f.getQuestionUuid(), f));
        return byQuestion;
    }

    private Set<String> answeredKeys(long accountId, Collection<String> moduleUuids) {
        Set<String> keys = new HashSet<>();
        em.createQuery("select distinct f.moduleUuid, f.completedOn, f.afterDays from FollowUpAnswer f"
                + " where f.accountId = :a and f.moduleUuid in :m", Object[].class).setParameter("a", accountId)
                .setParameter("m", moduleUuids).getResultList()
                .forEach(r -> keys.add(key((String) r[0], (LocalDate) r[1], ((Number) r[2]).intValue())));
        return keys;
    }

    /** What was typed for a question, stripped; an empty box may arrive as null. */
    private static String typed(Map<String, String> texts, String questionUuid) {
        String text = texts.get(questionUuid);
        return text == null ? "" : text.strip();
    }

    private static String key(String moduleUuid, LocalDate on, int days) {
        return moduleUuid + "/" + on + "/" + days;
    }

    /** The published definitions that ask follow-up questions, by module uuid. */
    private Map<String, ModuleDefinition> modulesAsking() {
        Map<String, ModuleDefinition> asking = new HashMap<>();
        for (ModuleVersion version : modules.published()) {
            ModuleDefinition definition = modules.definition(version);
            if (!definition.followUp().isEmpty()) {
                asking.put(definition.uuid(), definition);
            }
        }
        return asking;
    }

    private Optional<ModuleDefinition> current(String moduleUuid) {
        return modules.find(moduleUuid).flatMap(m -> m.currentVersion().flatMap(n -> modules.version(moduleUuid, n)))
                .map(modules::definition);
    }

    private LocalDate day(Instant at) {
        return at.atZone(progress.zoneId()).toLocalDate();
    }
}
