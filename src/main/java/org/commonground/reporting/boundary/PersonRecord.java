package org.commonground.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.progress.boundary.Progress;
import org.commonground.progress.control.CurrencyPolicy;
import org.commonground.progress.entity.ModuleStatus;
import org.commonground.progress.entity.Rag;
import org.commonground.progress.entity.Status;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.commonground.organisation.boundary.Memberships;
import org.commonground.organisation.entity.Membership;

/**
 * A person's record as their manager sees it: completions with dates and scores,
 * and which of their reflections they shared with managers. Never reflection text.
 */
@ApplicationScoped
public class PersonRecord {

    @PersistenceContext
    EntityManager em;

    @Inject
    Memberships memberships;

    @Inject
    Progress progress;

    @Inject
    org.commonground.assessment.boundary.QuizAttempts quizAttempts;

    @Inject
    org.commonground.identity.boundary.Caller caller;

    @Inject
    org.commonground.identity.boundary.Audit audit;

    /** A completed module. */
    public record Done(String module, int version, Instant completedAt, Double score) {

        /** The score as shown: a whole percentage, or empty with no quiz. */
        public String getScoreText() {
            return score == null ? "" : Math.round(score) + "%";
        }
    }

    /** One module's status for this person, as every page decides it. */
    public record Standing(String moduleUuid, String module, Status status, Rag rag, LocalDate dueOn, Instant completedAt,
            LocalDate renewOn, LocalDate exemptUntil, String exemptReason) {
    }

    /** What the manager sees. */
    public record View(Membership membership, List<Standing> statuses, List<Done> completions, List<Long> sharedWithManagers) {
    }

    public View of(long membershipId) {
        Membership membership = memberships.open(membershipId);
        long account = membership.getAccount().getId();
        Map<String, Double> scores = progress.scores(account);
        List<Done> done = em.createQuery("select coalesce(v.title, c.moduleUuid), c.moduleVersion, c.completedAt, c.moduleUuid"
                + " from Completion c left join LearningModule lm on lm.uuid = c.moduleUuid"
                + " left join ModuleVersion v on v.module = lm and v.number = c.moduleVersion where c.accountId = :a"
                + " order by c.completedAt desc", Object[].class).setParameter("a", account).getResultList().stream()
                .map(r -> new Done((String) r[0], ((Number) r[1]).intValue(), (Instant) r[2], scores.get((String) r[3])))
                .toList();
        List<Standing> statuses = em.createQuery("select s, coalesce(v.title, s.moduleUuid) from ModuleStatus s"
                + " left join LearningModule lm on lm.uuid = s.moduleUuid"
                + " left join ModuleVersion v on v.module = lm and v.number = lm.currentVersion where s.accountId = :a"
                + " order by v.title", Object[].class).setParameter("a", account).getResultList().stream().map(r -> {
                    ModuleStatus s = (ModuleStatus) r[0];
                    CurrencyPolicy.Verdict verdict = progress.verdict(s);
                    return new Standing(s.getModuleUuid(), (String) r[1], verdict.status(), verdict.rag(), s.getDueOn(),
                            s.getCompletedAt(), s.getRenewOn(), s.getExemptUntil(), s.getExemptReason());
                }).toList();
        List<Long> shared = em.createQuery("select r.id from WorksheetResponse r where r.accountId = :a"
                + " and r.sharedWithManagers = :yes", Long.class).setParameter("a", account).setParameter("yes", Boolean.TRUE)
                .getResultList();
        return new View(membership, statuses, done, shared);
    }

    /** A manager records that this person was trained elsewhere on a module, until a date (none: lifts it). */
    @Transactional
    public void exempt(long membershipId, String moduleUuid, LocalDate until, String reason) {
        Membership membership = memberships.open(membershipId);
        if (moduleUuid == null || em.createQuery("select count(lm) from LearningModule lm where lm.uuid = :m", Long.class)
                .setParameter("m", moduleUuid).getSingleResult() == 0) {
            throw BusinessException.onField("exemptModule", "progress.exempt.module");
        }
        if (until != null) {
            if (reason == null || reason.isBlank() || reason.length() > 500) {
                throw BusinessException.onField("exemptReason", "progress.exempt.reason");
            }
            if (until.isBefore(progress.today()) || until.isAfter(progress.today().plusYears(10))) {
                throw BusinessException.onField("exemptUntil", "progress.exempt.until");
            }
        }
        progress.exempt(membership.getAccount().getId(), moduleUuid, until, reason == null ? null : reason.strip(),
                caller.accountId().orElse(null));
        audit.record(membership.getAccount().getId(), membership.getOrganisation().getId(),
                until == null ? "EXEMPTION_LIFTED" : "EXEMPTED", "module " + moduleUuid + (until == null ? "" : " until " + until));
    }

    /** A manager allows this person a fresh set of attempts at the module's quizzes whose attempts they used up. */
    @Transactional
    public void allowMoreAttempts(long membershipId, String moduleUuid) {
        Membership membership = memberships.open(membershipId);
        int reopened = quizAttempts.allowMore(membership.getAccount().getId(), moduleUuid);
        audit.record(membership.getAccount().getId(), membership.getOrganisation().getId(), "QUIZ_ATTEMPTS_ALLOWED",
                "module " + moduleUuid + ", " + reopened + " quizzes");
    }
}
