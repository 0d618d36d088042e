package org.commonground.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.organisation.boundary.Organisations;
import org.commonground.organisation.entity.Organisation;
import org.commonground.reporting.control.CellRules;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An organisation's completion by team, by module and by staff group, for its
 * organisation-wide managers and administrators. Each figure is counted in the
 * database: the pairs of a current member and a module assigned to them, and how
 * many of those pairs are complete on a version with no material change since.
 */
@ApplicationScoped
public class OrganisationDashboard {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    @ConfigProperty(name = "commonground.reporting.target-percent", defaultValue = "95")
    int target;

    /** One line of a breakdown. */
    public record Line(String key, String label, long assigned, long complete) {

        public double getPercent() {
            return CellRules.percent(complete, assigned);
        }
    }

    /** The whole view. */
    public record View(Organisation organisation, List<Line> byTeam, List<Line> byModule, List<Line> byStaffGroup,
            long assigned, long complete, int target) {

        public double getPercent() {
            return CellRules.percent(complete, assigned);
        }
    }

    private static final String ASSIGNED = " and exists (select a from Assignment a where a.moduleUuid = lm.uuid"
            + " and a.withdrawnAt is null and (a.accountId = m.account.id or a.teamId in"
            + " (select t2.id from Membership m2 join m2.teams t2 where m2 = m)))";
    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile("[0-9a-f-]{36}");

    /**
     * Complete on a version no older than the module's latest material change. The
     * few modules with such a change are written into the query as literals (uuids
     * and numbers from the database, checked), which keeps it free of parameters
     * inside its subqueries.
     */
    private String complete() {
        StringBuilder stale = new StringBuilder();
        em.createQuery("select lm.uuid, max(v.number) from ModuleVersion v join v.module lm where v.material = :yes"
                + " group by lm.uuid", Object[].class).setParameter("yes", Boolean.TRUE).getResultList().forEach(r -> {
                    String uuid = (String) r[0];
                    if (UUID.matcher(uuid).matches()) {
                        stale.append(" and (p.moduleUuid <> '").append(uuid).append("' or p.completedVersion >= ")
                                .append(((Number) r[1]).intValue()).append(')');
                    }
                });
        return " and exists (select p from ModuleProgress p where p.accountId = m.account.id"
                + " and p.moduleUuid = lm.uuid and p.completedAt is not null" + stale + ")";
    }

    public View view(String organisationUuid) {
        Organisation organisation = organisations.open(organisationUuid);
        String completeClause = complete();
        List<Line> byTeam = breakdown(organisation, "t.uuid", "t.name", " join m.teams t", completeClause);
        List<Line> byModule = breakdown(organisation, "lm.uuid", "lm.uuid", "", completeClause);
        Map<String, String> titles = new HashMap<>();
        em.createQuery("select lm.uuid, v.title from ModuleVersion v join v.module lm where v.number = lm.currentVersion",
                Object[].class).getResultList().forEach(r -> titles.put((String) r[0], (String) r[1]));
        byModule = byModule.stream().map(l -> new Line(l.key(), titles.getOrDefault(l.key(), l.key()), l.assigned(), l.complete()))
                .sorted(java.util.Comparator.comparing(Line::label)).toList();
        List<Line> byGroup = breakdown(organisation, "m.staffGroup", "m.staffGroup", "", completeClause);
        long assigned = byGroup.stream().mapToLong(Line::assigned).sum();
        long complete = byGroup.stream().mapToLong(Line::complete).sum();
        return new View(organisation, byTeam, byModule, byGroup, assigned, complete, target);
    }

    private List<Line> breakdown(Organisation organisation, String key, String label, String join, String complete) {
        String from = " from Membership m" + join + ", LearningModule lm where m.organisation = :o and m.endedAt is null";
        Map<String, Line> lines = new java.util.LinkedHashMap<>();
        em.createQuery("select " + key + ", " + label + ", count(m)" + from + ASSIGNED + " group by " + key + ", " + label
                + " order by " + label, Object[].class).setParameter("o", organisation).getResultList()
                .forEach(r -> lines.put((String) r[0], new Line((String) r[0], (String) r[1], ((Number) r[2]).longValue(), 0)));
        em.createQuery("select " + key + ", count(m)" + from + ASSIGNED + complete + " group by " + key, Object[].class)
                .setParameter("o", organisation).getResultList()
                .forEach(r -> lines.computeIfPresent((String) r[0],
                        (k, l) -> new Line(l.key(), l.label(), l.assigned(), ((Number) r[1]).longValue())));
        return new ArrayList<>(lines.values());
    }
}
