package org.commonground.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.commonground.platform.control.Like;
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

    public List<Row> page(Filter filter, int first, int max) {
        caller.requireAdmin();
        return bind(em.createQuery("select new org.commonground.organisation.boundary.PeopleDirectory.Row(a.id,"
                + " a.displayName, a.email, o.name, a.disabled)" + from(filter) + " order by a.displayName, a.id", Row.class),
                filter).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Filter filter) {
        caller.requireAdmin();
        return bind(em.createQuery("select count(a)" + from(filter), Long.class), filter).getSingleResult();
    }

    /** Only the conditions the filter asks for, so the database can use its indexes. */
    private static String from(Filter filter) {
        StringBuilder jpql = new StringBuilder(" from Account a left join Membership m on m.account = a and m.endedAt is null"
                + " left join m.organisation o where a.id is not null");
        if (!search(filter).isEmpty()) {
            jpql.append(" and (lower(a.displayName) like :like" + Like.ESCAPE + " or a.emailKey like :like" + Like.ESCAPE + ")");
        }
        if (filter.role() != null) {
            jpql.append(" and :role member of a.roles");
        }
        if (filter.organisationUuid() != null && !filter.organisationUuid().isBlank()) {
            jpql.append(" and o.uuid = :org");
        }
        if (filter.disabledOnly()) {
            jpql.append(" and a.disabled = :disabled");
        }
        return jpql.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Filter filter) {
        if (!search(filter).isEmpty()) {
            query.setParameter("like", Like.containing(search(filter)));
        }
        if (filter.role() != null) {
            query.setParameter("role", filter.role());
        }
        if (filter.organisationUuid() != null && !filter.organisationUuid().isBlank()) {
            query.setParameter("org", filter.organisationUuid());
        }
        if (filter.disabledOnly()) {
            query.setParameter("disabled", Boolean.TRUE);
        }
        return query;
    }

    private static String search(Filter filter) {
        return filter.search() == null ? "" : filter.search().trim();
    }
}
