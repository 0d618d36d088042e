package org.commonground.progress.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.commonground.progress.entity.Rag;
import org.commonground.progress.entity.Status;

/**
 * The one place that decides whether a person is trained on a module: their status
 * and its colour, from the stored facts and today's date (the platform clock's).
 *
 * <ul>
 * <li>Exempt until a date (inclusive): exempt, green.</li>
 * <li>Completed: a material change since the version completed means "needs refresh"
 * (amber: a refresh is due, no date has passed); on or after the renewal date,
 * "needs refresh" (red); within the due-soon period before the renewal date, "renewal
 * due soon" (amber, still current); otherwise complete (green).</li>
 * <li>Not completed: after the due date, overdue (red); all quiz attempts used,
 * "attempts used up" (amber); otherwise in progress or not started, amber within the
 * due-soon period before the due date, no colour before that.</li>
 * </ul>
 * Complete, renewal due soon and exempt count as trained (current).
 */
public final class CurrencyPolicy {

    private CurrencyPolicy() {
    }

    /** The facts a status is decided from; dates are days in the platform's time zone. */
    public record Facts(boolean started, Instant completedAt, boolean materialChange, LocalDate renewOn, LocalDate dueOn,
            boolean attemptsUsedUp, LocalDate exemptUntil) {
    }

    /** A status with its colour. */
    public record Verdict(Status status, Rag rag) {
    }

    public static Verdict decide(Facts facts, LocalDate today, int dueSoonDays) {
        if (facts.exemptUntil() != null && !today.isAfter(facts.exemptUntil())) {
            return new Verdict(Status.EXEMPT, Rag.GREEN);
        }
        if (facts.completedAt() != null) {
            if (facts.renewOn() != null && !today.isBefore(facts.renewOn())) {
                return new Verdict(Status.NEEDS_REFRESH, Rag.RED);
            }
            if (facts.materialChange()) {
                return new Verdict(Status.NEEDS_REFRESH, Rag.AMBER);
            }
            if (facts.renewOn() != null && !today.plusDays(dueSoonDays).isBefore(facts.renewOn())) {
                return new Verdict(Status.RENEWAL_DUE_SOON, Rag.AMBER);
            }
            return new Verdict(Status.COMPLETE, Rag.GREEN);
        }
        if (facts.dueOn() != null && today.isAfter(facts.dueOn())) {
            return new Verdict(Status.OVERDUE, Rag.RED);
        }
        if (facts.attemptsUsedUp()) {
            return new Verdict(Status.ATTEMPTS_USED_UP, Rag.AMBER);
        }
        Status status = facts.started() ? Status.IN_PROGRESS : Status.NOT_STARTED;
        boolean dueSoon = facts.dueOn() != null && !today.plusDays(dueSoonDays).isBefore(facts.dueOn());
        return new Verdict(status, dueSoon ? Rag.AMBER : Rag.NONE);
    }

    /** The day a completion stops being current under a renewal period, or null without one. */
    public static LocalDate renewOn(Instant completedAt, Integer renewalMonths, ZoneId zone) {
        if (completedAt == null || renewalMonths == null) {
            return null;
        }
        return completedAt.atZone(zone).toLocalDate().plusMonths(renewalMonths);
    }

    /** Current as a share of assigned, in percent with one decimal; 0 with nothing assigned. */
    public static double percent(long current, long assigned) {
        return assigned == 0 ? 0 : Math.round(current * 1000.0 / assigned) / 10.0;
    }
}
