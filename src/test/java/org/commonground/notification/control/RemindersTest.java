package org.commonground.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.commonground.notification.entity.Kind;
import org.commonground.progress.control.CurrencyPolicy;
import org.junit.jupiter.api.Test;

class RemindersTest {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);
    private static final int DUE_SOON = 30;

    private static Reminders.Row assigned(boolean started, Instant completedAt, boolean refresh, LocalDate renewOn,
            LocalDate exemptUntil) {
        return new Reminders.Row(7, "m-1", true, completedAt == null ? null : 1,
                new CurrencyPolicy.Facts(started, completedAt, refresh, renewOn, DUE, false, exemptUntil));
    }

    private static List<Kind> kinds(Reminders.Row row, LocalDate today) {
        return Reminders.forLearner(row, today, DUE_SOON).stream().map(Reminders.Reminder::kind).toList();
    }

    @Test
    void anAssignedModuleIsAnnouncedThenDueSoonFromTheDueSoonDayThenOverdueAfterTheDueDate() {
        Reminders.Row row = assigned(false, null, false, null, null);
        assertThat(kinds(row, DUE.minusDays(31))).containsExactly(Kind.ASSIGNED);
        assertThat(kinds(row, DUE.minusDays(30))).containsExactly(Kind.ASSIGNED, Kind.DUE_SOON);
        assertThat(kinds(row, DUE)).containsExactly(Kind.ASSIGNED, Kind.DUE_SOON);
        assertThat(kinds(row, DUE.plusDays(1))).containsExactly(Kind.OVERDUE);
    }

    @Test
    void theSameReminderOnLaterDaysHasTheSameKeySoItIsMadeOnce() {
        Reminders.Row row = assigned(true, null, false, null, null);
        assertThat(Reminders.forLearner(row, DUE.minusDays(20), DUE_SOON))
                .isEqualTo(Reminders.forLearner(row, DUE.minusDays(3), DUE_SOON));
        assertThat(Reminders.forLearner(row, DUE.plusDays(1), DUE_SOON).get(0).key())
                .isEqualTo(Reminders.forLearner(row, DUE.plusDays(40), DUE_SOON).get(0).key()).isEqualTo("OVERDUE:7:m-1:" + DUE);
    }

    @Test
    void aCompletionIsRemindedWhenItsRenewalWindowOpensAndWhenItsRenewalDatePasses() {
        LocalDate renew = LocalDate.of(2028, 1, 10);
        Reminders.Row row = assigned(true, Instant.parse("2027-01-10T10:00:00Z"), false, renew, null);
        assertThat(kinds(row, renew.minusDays(31))).isEmpty();
        assertThat(kinds(row, renew.minusDays(30))).containsExactly(Kind.RENEWAL_OPEN);
        assertThat(kinds(row, renew)).containsExactly(Kind.RENEWAL_PASSED);
    }

    @Test
    void aMaterialChangeAfterACompletionAsksForARefreshAndExemptPeopleHearNothing() {
        Reminders.Row changed = assigned(true, Instant.parse("2027-01-10T10:00:00Z"), true, null, null);
        assertThat(kinds(changed, DUE)).containsExactly(Kind.REFRESH_NEEDED);
        Reminders.Row exempt = assigned(false, null, false, null, DUE.plusDays(100));
        assertThat(kinds(exempt, DUE.plusDays(5))).isEmpty();
    }

    @Test
    void managersHearOfAMemberOnlyOnceTheyAreOverdueByMoreThanTheEscalationDays() {
        Reminders.Row row = assigned(true, null, false, null, null);
        assertThat(Reminders.escalates(row, DUE.plusDays(14), DUE_SOON, 14)).isFalse();
        assertThat(Reminders.escalates(row, DUE.plusDays(15), DUE_SOON, 14)).isTrue();
        assertThat(Reminders.escalationKey(3, row)).isEqualTo("ESCALATION:3:7:m-1:" + DUE);
    }
}
