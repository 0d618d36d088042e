package org.commonground.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.identity.entity.AuditEntry;
import org.commonground.platform.control.Like;

/** The record of grants and removals: written with the change, read by administrators. */
@ApplicationScoped
public class Audit {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    Clock clock = Clock.systemUTC();

    /** Records an action by the current caller; joins the caller's transaction. */
    @Transactional
    public void record(Long subjectId, Long organisationId, String action, String detail) {
        em.persist(new AuditEntry(clock.instant(), caller.accountId().orElse(null), subjectId, organisationId, action, detail));
    }

    /** An entry with the names of who acted and on whom, for the administrators' audit page. */
    public record Row(java.time.Instant at, String actor, String subject, String action, String detail) {
    }

    /** The columns the audit can be sorted by, and what each sorts. */
    private static final Map<String, String> SORTS = Map.of("when", "e.at", "who", "a.displayName", "whom", "s.displayName",
            "what", "e.action");

    /** The columns the audit can be filtered by: each matches text anywhere (an action by its words, "Role granted"). */
    private static final Map<String, String> FILTERS = Map.of("who", "lower(a.displayName)", "whom", "lower(s.displayName)",
            "what", "lower(e.action)");

    public static final Set<String> COLUMNS = Set.of("when", "who", "whom", "what");

    private static final String FROM = " from AuditEntry e left join Account a on a.id = e.actorId left join Account s on s.id = e.subjectId";

    /** A page of entries, newest first unless sorted by another column, filtered by the columns' texts. */
    public List<Row> page(Map<String, String> filters, String sort, boolean descending, int first, int max) {
        caller.requireAdmin();
        String order = sort != null && SORTS.containsKey(sort) ? SORTS.get(sort) + (descending ? " desc" : "") + ", " : "";
        return bind(em.createQuery("select new org.commonground.identity.boundary.Audit.Row(e.at, a.displayName, s.displayName,"
                + " e.action, e.detail)" + FROM + where(filters) + " order by " + order + "e.at desc, e.id desc", Row.class), filters)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Map<String, String> filters) {
        caller.requireAdmin();
        return bind(em.createQuery("select count(e)" + FROM + where(filters), Long.class), filters).getSingleResult();
    }

    private static String where(Map<String, String> filters) {
        StringBuilder jpql = new StringBuilder(" where 1 = 1");
        FILTERS.forEach((column, path) -> {
            if (filters.containsKey(column)) {
                jpql.append(" and ").append(path).append(" like :").append(column).append(Like.ESCAPE);
            }
        });
        return jpql.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, String> filters) {
        FILTERS.keySet().forEach(column -> {
            if (filters.containsKey(column)) {
                query.setParameter(column, column.equals("what") ? Like.containingKey(filters.get(column)) : Like.containing(filters.get(column)));
            }
        });
        return query;
    }

    public List<Row> about(long subjectId) {
        caller.requireAdmin();
        return em.createQuery("select new org.commonground.identity.boundary.Audit.Row(e.at, a.displayName, s.displayName,"
                + " e.action, e.detail) from AuditEntry e left join Account a on a.id = e.actorId"
                + " left join Account s on s.id = e.subjectId where e.subjectId = :s order by e.at desc, e.id desc", Row.class)
                .setParameter("s", subjectId).setMaxResults(200).getResultList();
    }
}
