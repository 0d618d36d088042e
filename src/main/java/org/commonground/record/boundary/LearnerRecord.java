package org.commonground.record.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.identity.boundary.Caller;
import org.commonground.learning.boundary.Assignments;
import org.commonground.learning.control.Currency;
import org.commonground.learning.entity.Assignment;
import org.commonground.record.entity.Certificate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The learner's record: every completion with its date, version, quiz score, renewal date and certificate. */
@ApplicationScoped
public class LearnerRecord {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Assignments assignments;

    @Inject
    Certificates certificates;

    @Inject
    @ConfigProperty(name = "commonground.timezone", defaultValue = "Europe/London")
    String zone;

    /** One completion on the record. */
    public record Entry(String moduleUuid, String module, int version, Instant completedAt, Double score,
            LocalDate renewBy, Long certificateId, String certificateCode) {
    }

    public List<Entry> mine() {
        long me = caller.id();
        Map<String, Integer> renewal = new HashMap<>();
        for (Assignment a : assignments.of(me)) {
            if (a.getRenewalMonths() != null) {
                renewal.merge(a.getModuleUuid(), a.getRenewalMonths(), Math::min);
            }
        }
        Map<String, Certificate> byCompletion = new HashMap<>();
        certificates.of(me).forEach(c -> byCompletion.put(c.getModuleUuid() + "#" + c.getModuleVersion(), c));
        // The mean of the best score of each quiz of the module, over the learner's attempts.
        Map<String, Double> scores = new HashMap<>();
        em.createQuery("select a.moduleUuid, a.quizUuid, max(a.score) from QuizAttempt a where a.accountId = :me"
                + " group by a.moduleUuid, a.quizUuid", Object[].class).setParameter("me", me).getResultList()
                .stream().collect(java.util.stream.Collectors.groupingBy(r -> (String) r[0],
                        java.util.stream.Collectors.averagingDouble(r -> ((Number) r[2]).doubleValue())))
                .forEach(scores::put);
        List<Entry> entries = new ArrayList<>();
        List<Object[]> rows = em.createQuery("select c.moduleUuid, coalesce(v.title, c.moduleUuid), c.moduleVersion, c.completedAt"
                + " from Completion c left join LearningModule lm on lm.uuid = c.moduleUuid"
                + " left join ModuleVersion v on v.module = lm and v.number = c.moduleVersion"
                + " where c.accountId = :me order by c.completedAt desc", Object[].class).setParameter("me", me).getResultList();
        ZoneId zoneId = ZoneId.of(zone);
        for (Object[] r : rows) {
            String module = (String) r[0];
            Instant at = (Instant) r[3];
            Integer months = renewal.get(module);
            Certificate certificate = byCompletion.get(module + "#" + r[2]);
            Double score = scores.get(module);
            entries.add(new Entry(module, (String) r[1], ((Number) r[2]).intValue(), at,
                    score == null ? null : Math.round(score * 10) / 10.0,
                    months == null ? null : Currency.renewalDate(at, months, zoneId),
                    certificate == null ? null : certificate.getId(), certificate == null ? null : certificate.getCode()));
        }
        return entries;
    }
}
