package org.commonground.record.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.commonground.progress.boundary.Progress;
import org.commonground.progress.entity.ModuleStatus;
import org.commonground.progress.entity.Status;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.identity.boundary.Caller;
import org.commonground.record.entity.Certificate;

/** The learner's record: every completion with its date, version, quiz score, renewal date and certificate. */
@ApplicationScoped
public class LearnerRecord {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Progress progress;

    @Inject
    Certificates certificates;

    /** One completion on the record. */
    public record Entry(String moduleUuid, String module, int version, Instant completedAt, Double score,
            LocalDate renewBy, Status status, Long certificateId, String certificateCode) {

        /** The status in words for the latest completion of a module; earlier ones are history. */
        public String statusLabel() {
            return status == null ? "Earlier completion" : status.label();
        }
    }

    public List<Entry> mine() {
        long me = caller.id();
        Map<String, ModuleStatus> statuses = progress.of(me);
        Map<String, Certificate> byCompletion = new HashMap<>();
        certificates.of(me).forEach(c -> byCompletion.put(c.getModuleUuid() + "#" + c.getModuleVersion(), c));
        Map<String, Double> scores = progress.scores(me);
        List<Entry> entries = new ArrayList<>();
        List<Object[]> rows = em.createQuery("select c.moduleUuid, coalesce(v.title, c.moduleUuid), c.moduleVersion, c.completedAt"
                + " from Completion c left join LearningModule lm on lm.uuid = c.moduleUuid"
                + " left join ModuleVersion v on v.module = lm and v.number = c.moduleVersion"
                + " where c.accountId = :me order by c.completedAt desc", Object[].class).setParameter("me", me).getResultList();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Object[] r : rows) {
            String module = (String) r[0];
            Instant at = (Instant) r[3];
            ModuleStatus status = statuses.get(module);
            // Newest first: the first completion of a module is the one its stored status holds, with its renewal date.
            boolean latest = seen.add(module) && status != null && status.getCompletedAt() != null;
            Certificate certificate = byCompletion.get(module + "#" + r[2]);
            entries.add(new Entry(module, (String) r[1], ((Number) r[2]).intValue(), at, scores.get(module),
                    latest ? status.getRenewOn() : null, latest ? progress.verdict(status).status() : null,
                    certificate == null ? null : certificate.getId(), certificate == null ? null : certificate.getCode()));
        }
        return entries;
    }
}
