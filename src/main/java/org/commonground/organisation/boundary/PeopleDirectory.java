package org.commonground.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.commonground.identity.boundary.Caller;
import org.commonground.identity.entity.Role;

/**
 * The administrators' list of everyone: search by name or email, filter by role,
 * organisation or disabled, one page at a time (the database does the paging).
 */
@ApplicationScoped
public class PeopleDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /** What to look for; empty values mean "any". */
    public record Filter(String search, Role role, String organisationUuid, boolean disabledOnly) {
    }

    /** One person in the list. */
    public record Row(long accountId, String name, String email, String organisation, boolean disabled) {
    }

    private static final String FROM = " from Account a left join Membership m on m.account = a and m.endedAt is null"
            + " left join m.organisation o where (:q = '' or lower(a.displayName) like :like or a.emailKey like :like)"
            + " and (:anyRole = true or :role member of a.roles) and (:org = '' or o.uuid = :org)"
            + " and (:disabledOnly = false or a.disabled = true)";

    public List<Row> page(Filter filter, int first, int max) {
        caller.requireAdmin();
        return bind(em.createQuery("select new org.commonground.organisation.boundary.PeopleDirectory.Row(a.id,"
                + " a.displayName, a.email, o.name, a.disabled)" + FROM + " order by a.displayName, a.id", Row.class), filter)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Filter filter) {
        caller.requireAdmin();
        return bind(em.createQuery("select count(a)" + FROM, Long.class), filter).getSingleResult();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Filter filter) {
        String search = filter.search() == null ? "" : filter.search().trim();
        return query.setParameter("q", search)
                .setParameter("like", "%" + search.toLowerCase(Locale.ROOT) + "%")
                .setParameter("anyRole", filter.role() == null)
                .setParameter("role", filter.role() == null ? Role.LEARNER : filter.role())
                .setParameter("org", filter.organisationUuid() == null ? "" : filter.organisationUuid())
                .setParameter("disabledOnly", filter.disabledOnly());
    }
}
