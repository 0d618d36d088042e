package org.commonground.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonground.organisation.control.Access;
import org.commonground.organisation.control.PeopleCsv;
import org.commonground.organisation.control.StaffGroups;
import org.commonground.organisation.entity.Organisation;
import org.commonground.organisation.entity.Team;
import org.commonground.platform.control.Like;

/**
 * Who is in which team, for the organisation's people page and a team's page: the current members
 * with their teams (searchable, or only those in no team, or one team's), and adding people from a CSV
 * file. Changes go through {@link Memberships} and {@link JoinCodes}, so progress and the
 * audit follow them as they do for every other change of membership.
 */
@ApplicationScoped
public class OrganisationPeople {

    @PersistenceContext
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Inject
    JoinCodes joinCodes;

    @Inject
    StaffGroups staffGroups;

    /**
     * Which members to list: a search of name or email, "no team" or one team's uuid (or null for
     * everyone), and the table's column filters (name, email, group, team: text contained anywhere).
     */
    public record Filter(String search, boolean noTeam, String teamUuid, Map<String, String> columns) {

        public Filter(String search, boolean noTeam, String teamUuid) {
            this(search, noTeam, teamUuid, Map.of());
        }

        public Filter {
            columns = columns == null ? Map.of() : Map.copyOf(columns);
        }

        String column(String name) {
            String text = columns.get(name);
            return blank(text) ? null : text;
        }
    }

    /** The columns the table can filter by, with what each matches (lower-cased, contained anywhere; staff groups by their keys). */
    private static final Map<String, String> FILTERS = Map.of("name", "lower(a.displayName)", "email", "a.emailKey",
            "group", "m.staffGroup");

    /** The columns the list can be sorted by. */
    public enum Sort {
        NAME("a.displayName"), EMAIL("a.emailKey"), GROUP("m.staffGroup");

        private final String path;

        Sort(String path) {
            this.path = path;
        }

        /** The table's column name for a sort ("name", "email", "group"), or null for a name it does not know. */
        public static Sort of(String column) {
            for (Sort sort : values()) {
                if (sort.name().equalsIgnoreCase(column)) {
                    return sort;
                }
            }
            return null;
        }

        /** The sort for a table's column name, by name when the table asks for none or for one it cannot sort by. */
        public static Sort orName(String column) {
            Sort sort = of(column);
            return sort == null ? NAME : sort;
        }
    }

    /** A current member with the names of their teams. */
    public record Person(long membershipId, long accountId, String name, String email, String staffGroup, Instant since,
            List<String> teams) {
    }

    /** What saving a file did. */
    public record Saved(int placed, int invited, int skipped) {
    }

    public List<Person> page(Organisation organisation, Filter filter, Sort sort, boolean descending, int first, int max) {
        access.requireOrganisation(organisation);
        return rows(organisation, filter, sort, descending, first, max);
    }

    public long count(Organisation organisation, Filter filter) {
        access.requireOrganisation(organisation);
        return counted(organisation, filter);
    }

    /** One team's current members, a page at a time, for the team's managers (the column filters as on the organisation's list). */
    public List<Person> teamPage(Team team, Map<String, String> columns, Sort sort, boolean descending, int first, int max) {
        access.requireTeam(team);
        return rows(team.getOrganisation(), new Filter(null, false, team.getUuid(), columns), sort, descending, first, max);
    }

    public long teamCount(Team team, Map<String, String> columns) {
        access.requireTeam(team);
        return counted(team.getOrganisation(), new Filter(null, false, team.getUuid(), columns));
    }

    private List<Person> rows(Organisation organisation, Filter filter, Sort sort, boolean descending, int first, int max) {
        String direction = descending ? " desc" : "";
        List<Object[]> rows = bind(em.createQuery("select m.id, a.id, a.displayName, a.email, m.staffGroup, m.startedAt"
                + from(filter) + " order by " + sort.path + direction + ", a.displayName" + direction + ", m.id", Object[].class),
                organisation, filter)
                .setFirstResult(first).setMaxResults(max).getResultList();
        Map<Long, List<String>> teams = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery("select m.id, t.name from Membership m join m.teams t where m.id in :ids order by t.name", Object[].class)
                    .setParameter("ids", rows.stream().map(r -> (Long) r[0]).toList()).getResultList()
                    .forEach(r -> teams.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        }
        return rows.stream().map(r -> new Person((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4],
                (Instant) r[5], teams.getOrDefault((Long) r[0], List.of()))).toList();
    }

    private long counted(Organisation organisation, Filter filter) {
        return bind(em.createQuery("select count(m)" + from(filter), Long.class), organisation, filter).getSingleResult();
    }

    private static String from(Filter filter) {
        StringBuilder jpql = new StringBuilder(" from Membership m join m.account a where m.organisation = :o and m.endedAt is null");
        if (!blank(filter.search())) {
            jpql.append(" and (lower(a.displayName) like :like").append(Like.ESCAPE)
                    .append(" or a.emailKey like :like").append(Like.ESCAPE).append(')');
        }
        if (filter.noTeam()) {
            jpql.append(" and m.teams is empty");
        } else if (!blank(filter.teamUuid())) {
            jpql.append(" and exists (select t from Membership n join n.teams t where n = m and t.uuid = :team)");
        }
        FILTERS.forEach((column, path) -> {
            if (filter.column(column) != null) {
                jpql.append(" and ").append(path).append(" like :").append(column).append(Like.ESCAPE);
            }
        });
        if (filter.column("team") != null) {
            jpql.append(" and exists (select u from Membership k join k.teams u where k = m and lower(u.name) like :team_name")
                    .append(Like.ESCAPE).append(')');
        }
        return jpql.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Organisation organisation, Filter filter) {
        query.setParameter("o", organisation);
        if (!blank(filter.search())) {
            query.setParameter("like", Like.containing(filter.search()));
        }
        if (!filter.noTeam() && !blank(filter.teamUuid())) {
            query.setParameter("team", filter.teamUuid());
        }
        FILTERS.keySet().forEach(column -> {
            if (filter.column(column) != null) {
                query.setParameter(column, column.equals("group") ? Like.containingKey(filter.column(column)) : Like.containing(filter.column(column)));
            }
        });
        if (filter.column("team") != null) {
            query.setParameter("team_name", Like.containing(filter.column("team")));
        }
        return query;
    }

    /** Reads a file and says what each row would do; saves nothing. */
    public List<PeopleCsv.Row> preview(Organisation organisation, String csv) {
        access.requireOrganisation(organisation);
        Map<String, String> teams = new LinkedHashMap<>();
        organisations.teams(organisation).forEach(t -> teams.putIfAbsent(t.getName().toLowerCase(Locale.ROOT), t.getUuid()));
        Map<String, Long> members = new HashMap<>();
        em.createQuery("select a.emailKey, m.id from Membership m join m.account a where m.organisation = :o and m.endedAt is null",
                Object[].class).setParameter("o", organisation).getResultList()
                .forEach(r -> members.put((String) r[0], (Long) r[1]));
        return PeopleCsv.read(csv, new PeopleCsv.Known(teams, staffGroups::keyFor, members, joinCodes.invitedEmailKeys(organisation)));
    }

    /** Reads the file again (nothing is trusted from the preview) and saves the rows that have no problem. */
    @Transactional
    public Saved save(Organisation organisation, String csv) {
        // One save at a time per organisation: the second of two at once (a double click)
        // reads the first one's invitations and members, and repeats none of them.
        em.find(Organisation.class, organisation.getId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        List<PeopleCsv.Row> rows = preview(organisation, csv);
        int placed = 0;
        int invited = 0;
        for (PeopleCsv.Row row : rows) {
            switch (row.outcome()) {
                case PLACE -> {
                    if (row.staffGroup() != null) {
                        memberships.changeStaffGroup(row.membershipId(), row.staffGroup());
                    }
                    if (row.teamUuid() != null) {
                        memberships.placeInTeam(List.of(row.membershipId()), row.teamUuid(), false);
                    }
                    placed++;
                }
                case INVITE -> {
                    joinCodes.invite(organisation.getUuid(), row.teamUuid(), row.email());
                    invited++;
                }
                case INVITED, PROBLEM -> {
                }
            }
        }
        return new Saved(placed, invited, rows.size() - placed - invited);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
