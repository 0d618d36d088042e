package org.commonground.maturity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.commonground.content.entity.WorksheetPart;
import org.commonground.identity.boundary.Caller;
import org.commonground.maturity.entity.Partner;
import org.commonground.organisation.boundary.Memberships;
import org.commonground.organisation.boundary.Organisations;
import org.commonground.organisation.entity.Membership;
import org.commonground.organisation.entity.Organisation;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;
import org.commonground.reflection.boundary.Worksheets;
import org.commonground.reflection.control.AnswerCodec;

/**
 * An organisation's partnership map. Its organisation-wide managers add, change,
 * accept and remove partners; a learner may offer the rows of their own partnership
 * worksheet to their organisation's map, where they wait for a manager.
 */
@ApplicationScoped
public class Partnerships {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Inject
    Worksheets worksheets;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A partner with, for an offered row, the name of who offered it. */
    public record Entry(Partner partner, String offeredBy) {
    }

    /** The map: partners on it, rows offered, and how many partners are at each level. */
    public record View(Organisation organisation, List<Entry> partners, List<Entry> offered, Map<Partner.Level, Long> byLevel) {
    }

    /** What a manager types for a partner. */
    public record Form(String name, Partner.Kind kind, Partner.Level levelToday, Partner.Level levelWanted, String accessEffect,
            String plannedWork) {
    }

    public View view(String organisationUuid) {
        Organisation organisation = organisations.open(organisationUuid);
        List<Entry> all = em.createQuery("select p, a.displayName from Partner p left join Account a on a.id = p.offeredBy"
                + " where p.organisationId = :o order by lower(p.name)", Object[].class).setParameter("o", organisation.getId())
                .getResultList().stream().map(r -> new Entry((Partner) r[0], (String) r[1])).toList();
        List<Entry> partners = all.stream().filter(e -> e.partner().getStatus() == Partner.Status.ACCEPTED).toList();
        Map<Partner.Level, Long> byLevel = new EnumMap<>(Partner.Level.class);
        for (Partner.Level level : Partner.Level.values()) {
            byLevel.put(level, partners.stream().filter(e -> e.partner().getLevelToday() == level).count());
        }
        return new View(organisation, partners,
                all.stream().filter(e -> e.partner().getStatus() == Partner.Status.OFFERED).toList(), byLevel);
    }

    /** A partner of the organisation, for its managers; any other id is not found. */
    public Partner get(String organisationUuid, long partnerId) {
        Organisation organisation = organisations.open(organisationUuid);
        Partner partner = em.find(Partner.class, partnerId);
        if (partner == null || partner.getOrganisationId() != organisation.getId()) {
            throw new NotFoundException("maturity.partner.notFound");
        }
        return partner;
    }

    /** Adds a partner ({@code partnerId} null) or changes one, if nobody changed it since {@code version}. */
    @Transactional
    public Partner save(String organisationUuid, Long partnerId, long version, Form form) {
        check(form);
        Partner partner;
        if (partnerId == null) {
            partner = Partner.added(organisations.open(organisationUuid).getId());
            em.persist(partner);
        } else {
            partner = get(organisationUuid, partnerId);
            if (partner.getVersion() != version) {
                throw new BusinessException("maturity.partner.changed");
            }
        }
        partner.describe(form.name(), form.kind(), form.levelToday(), form.levelWanted(), form.accessEffect(), form.plannedWork(),
                caller.id(), clock.instant());
        return partner;
    }

    @Transactional
    public void accept(String organisationUuid, long partnerId) {
        Partner partner = get(organisationUuid, partnerId);
        if (partner.getLevelToday() == null) {
            throw new BusinessException("maturity.partner.levelFirst");
        }
        partner.accept(caller.id(), clock.instant());
    }

    /** Removes a partner from the map, or declines an offered row. */
    @Transactional
    public void remove(String organisationUuid, long partnerId) {
        em.remove(get(organisationUuid, partnerId));
    }

    /**
     * The caller offers the rows of one table of their own worksheet to their
     * organisation's map: rows they offered before from that table and that still
     * wait are replaced. Returns how many rows were offered.
     */
    @Transactional
    public int offer(String moduleUuid, String unitUuid, String partUuid) {
        Worksheets.Opened opened = worksheets.open(moduleUuid, unitUuid);
        WorksheetPart.Table table = opened.worksheet().parts().stream()
                .filter(p -> p instanceof WorksheetPart.Table t && t.uuid().equals(partUuid) && t.describesPartners())
                .map(WorksheetPart.Table.class::cast).findFirst()
                .orElseThrow(() -> new NotFoundException("maturity.partner.notOfferable"));
        Membership membership = memberships.mine().orElseThrow(() -> new BusinessException("maturity.partner.noOrganisation"));
        long organisationId = membership.getOrganisation().getId();
        long me = caller.id();
        em.createQuery("delete from Partner p where p.organisationId = :o and p.offeredBy = :me and p.offeredFrom = :part"
                + " and p.status = :offered").setParameter("o", organisationId).setParameter("me", me)
                .setParameter("part", table.uuid()).setParameter("offered", Partner.Status.OFFERED).executeUpdate();
        int count = 0;
        List<Map<String, String>> rows = opened.answer(partUuid).rows();
        for (int i = 0; i < rows.size(); i++) {
            // A row the worksheet gives (a partner named in advance) keeps its given cells.
            Map<String, String> row = new java.util.HashMap<>(rows.get(i));
            if (i < table.rows().size()) {
                table.rows().get(i).forEach((column, given) -> {
                    if (!given.isBlank()) {
                        row.put(column, given);
                    }
                });
            }
            String name = row.getOrDefault(WorksheetPart.Table.PARTNER, "").strip();
            if (name.isEmpty()) {
                continue;
            }
            Partner partner = Partner.offered(organisationId, me, table.uuid());
            partner.describe(cut(name, Partner.NAME_MAX), Partner.Kind.OTHER, level(row.get(WorksheetPart.Table.LEVEL_TODAY)),
                    level(row.get("level_wanted")), cut(row.getOrDefault("what_they_do", ""), Partner.TEXT_MAX),
                    cut(row.getOrDefault("next_step", ""), Partner.TEXT_MAX), me, clock.instant());
            em.persist(partner);
            count++;
        }
        if (count == 0) {
            throw new BusinessException("maturity.partner.nothingToOffer");
        }
        return count;
    }

    private static void check(Form form) {
        if (form.name() == null || form.name().isBlank()) {
            throw BusinessException.onField("name", "maturity.partner.name");
        }
        if (form.name().strip().length() > Partner.NAME_MAX) {
            throw BusinessException.onField("name", "maturity.partner.nameLength");
        }
        if (form.kind() == null) {
            throw BusinessException.onField("kind", "maturity.partner.kind");
        }
        if (form.levelToday() == null) {
            throw BusinessException.onField("levelToday", "maturity.partner.level");
        }
        if (length(form.accessEffect()) > Partner.TEXT_MAX) {
            throw BusinessException.onField("accessEffect", "maturity.partner.textLength");
        }
        if (length(form.plannedWork()) > Partner.TEXT_MAX) {
            throw BusinessException.onField("plannedWork", "maturity.partner.textLength");
        }
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }

    private static String cut(String text, int max) {
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    /** A level as a worksheet choice spells it ("Cooperate"), or null. */
    static Partner.Level level(String choice) {
        if (choice == null || choice.isBlank()) {
            return null;
        }
        try {
            return Partner.Level.valueOf(choice.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
