package org.commonground.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonground.organisation.boundary.Organisations;
import org.commonground.organisation.entity.Organisation;
import org.commonground.progress.boundary.Progress;
import org.commonground.progress.control.CurrencyPolicy;

/**
 * Completions for a trust's HR or learning system: every module that a current member
 * of an organisation has completed, with the day it was completed, the day it stops
 * being current, and the status the progress policy gives it today (so the file says
 * what every page says). For a manager of the organisation or an administrator. One
 * statement after the organisation and its access check.
 */
@ApplicationScoped
public class Completions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Progress progress;

    /** One completion: the README's "Completions export" describes each field. */
    public record Line(String person, String name, String moduleCode, String moduleTitle, LocalDate completedOn,
            LocalDate expiresOn, String status, boolean current) {
    }

    public List<Line> of(String organisationUuid) {
        Organisation organisation = organisations.open(organisationUuid);
        var decide = progress.verdictsToday();
        var zone = progress.zoneId();
        List<Line> lines = new ArrayList<>();
        em.createQuery("select a.email, a.displayName, lm.folder, v.title, s.started, s.completedAt, s.refreshNeeded,"
                + " s.renewOn, s.dueOn, s.attemptsUsedUp, s.exemptUntil"
                + " from Membership m join m.account a, ModuleStatus s, LearningModule lm"
                + " join ModuleVersion v on v.module = lm and v.number = lm.currentVersion"
                + " where m.organisation = :organisation and m.endedAt is null and s.accountId = a.id"
                + " and s.moduleUuid = lm.uuid and s.completedAt is not null order by a.email, lm.folder", Object[].class)
                .setParameter("organisation", organisation).getResultList().forEach(r -> {
                    Instant completedAt = (Instant) r[5];
                    CurrencyPolicy.Verdict verdict = decide.apply(new CurrencyPolicy.Facts(Boolean.TRUE.equals(r[4]),
                            completedAt, Boolean.TRUE.equals(r[6]), (LocalDate) r[7], (LocalDate) r[8],
                            Boolean.TRUE.equals(r[9]), (LocalDate) r[10]));
                    lines.add(new Line(personIdentifier((String) r[0]), (String) r[1], (String) r[2], (String) r[3],
                            completedAt.atZone(zone).toLocalDate(), (LocalDate) r[7], verdict.status().label(),
                            verdict.status().isCurrent()));
                });
        return lines;
    }

    /**
     * The identifier an HR system knows the person by. Today the account's email; when a
     * person signs in through their organisation's identity provider, this is the place to
     * give that account's subject instead.
     */
    static String personIdentifier(String email) {
        return email;
    }
}
