package org.commonground.notification.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonground.notification.entity.Kind;
import org.commonground.progress.control.CurrencyPolicy;
import org.commonground.progress.entity.Rag;
import org.commonground.progress.entity.Status;

/**
 * Which reminders a person's stored status on one module calls for today, decided from
 * {@link CurrencyPolicy} so that a message says what every page shows. Each reminder
 * has a key naming what it is about (the due date, the renewal date, the version
 * completed): the same reminder on a later day has the same key, so it is made once.
 */
public final class Reminders {

    private Reminders() {
    }

    /** A reminder: its kind, the date it is about (may be null), and its unique key. */
    public record Reminder(Kind kind, LocalDate on, String key) {
    }

    /** What the daily run needs to know about one stored status. */
    public record Row(long accountId, String moduleUuid, boolean assigned, Integer completedVersion,
            CurrencyPolicy.Facts facts) {
    }

    /** The learner's reminders for one status today. */
    public static List<Reminder> forLearner(Row row, LocalDate today, int dueSoonDays) {
        List<Reminder> due = new ArrayList<>();
        CurrencyPolicy.Facts facts = row.facts();
        CurrencyPolicy.Verdict verdict = CurrencyPolicy.decide(facts, today, dueSoonDays);
        String about = row.accountId() + ":" + row.moduleUuid() + ":";
        LocalDate dueOn = facts.dueOn();
        switch (verdict.status()) {
            case NOT_STARTED, IN_PROGRESS, ATTEMPTS_USED_UP -> {
                if (row.assigned() && dueOn != null) {
                    due.add(new Reminder(Kind.ASSIGNED, dueOn, "ASSIGNED:" + about + dueOn));
                    if (!today.plusDays(dueSoonDays).isBefore(dueOn)) {
                        due.add(new Reminder(Kind.DUE_SOON, dueOn, "DUE_SOON:" + about + dueOn));
                    }
                }
            }
            case OVERDUE -> due.add(new Reminder(Kind.OVERDUE, dueOn, "OVERDUE:" + about + dueOn));
            case RENEWAL_DUE_SOON -> due.add(new Reminder(Kind.RENEWAL_OPEN, facts.renewOn(),
                    "RENEWAL_OPEN:" + about + facts.renewOn()));
            case NEEDS_REFRESH -> {
                if (verdict.rag() == Rag.RED) {
                    due.add(new Reminder(Kind.RENEWAL_PASSED, facts.renewOn(), "RENEWAL_PASSED:" + about + facts.renewOn()));
                } else {
                    due.add(new Reminder(Kind.REFRESH_NEEDED, null, "REFRESH_NEEDED:" + about + row.completedVersion()));
                }
            }
            default -> {
                // complete and current, or exempt: nothing to say
            }
        }
        return due;
    }

    /** Whether a manager should hear that this status is overdue by more than {@code escalateAfterDays}. */
    public static boolean escalates(Row row, LocalDate today, int dueSoonDays, int escalateAfterDays) {
        LocalDate dueOn = row.facts().dueOn();
        return dueOn != null && CurrencyPolicy.decide(row.facts(), today, dueSoonDays).status() == Status.OVERDUE
                && today.isAfter(dueOn.plusDays(escalateAfterDays));
    }

    /** The key of a manager's escalation about one person's module. */
    public static String escalationKey(long managerId, Row row) {
        return "ESCALATION:" + managerId + ":" + row.accountId() + ":" + row.moduleUuid() + ":" + row.facts().dueOn();
    }
}
