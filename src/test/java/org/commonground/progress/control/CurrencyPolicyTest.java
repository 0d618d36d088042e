package org.commonground.progress.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.commonground.progress.control.CurrencyPolicy.Facts;
import org.commonground.progress.control.CurrencyPolicy.Verdict;
import org.commonground.progress.entity.Rag;
import org.commonground.progress.entity.Status;
import org.junit.jupiter.api.Test;

/** Every status and colour of the currency policy, at the day before, on and after each date. */
class CurrencyPolicyTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int SOON = 30;
    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);
    private static final Instant COMPLETED = Instant.parse("2026-01-15T10:00:00Z");
    private static final LocalDate RENEW = CurrencyPolicy.renewOn(COMPLETED, 12, LONDON);

    private static Facts notDone(boolean started, LocalDate due) {
        return new Facts(started, null, false, null, due, false, null);
    }

    private static Facts done(boolean material, LocalDate renewOn) {
        return new Facts(true, COMPLETED, material, renewOn, DUE, false, null);
    }

    private static Verdict on(Facts facts, LocalDate today) {
        return CurrencyPolicy.decide(facts, today, SOON);
    }

    @Test
    void notStartedHasNoColourUntilTheDueSoonPeriod() {
        assertThat(on(notDone(false, DUE), DUE.minusDays(SOON + 1))).isEqualTo(new Verdict(Status.NOT_STARTED, Rag.NONE));
        assertThat(on(notDone(false, DUE), DUE.minusDays(SOON))).isEqualTo(new Verdict(Status.NOT_STARTED, Rag.AMBER));
        assertThat(on(notDone(false, null), DUE)).isEqualTo(new Verdict(Status.NOT_STARTED, Rag.NONE));
    }

    @Test
    void inProgressIsAmberOnTheDueDateAndOverdueTheDayAfter() {
        assertThat(on(notDone(true, DUE), DUE.minusDays(1))).isEqualTo(new Verdict(Status.IN_PROGRESS, Rag.AMBER));
        assertThat(on(notDone(true, DUE), DUE)).isEqualTo(new Verdict(Status.IN_PROGRESS, Rag.AMBER));
        assertThat(on(notDone(true, DUE), DUE.plusDays(1))).isEqualTo(new Verdict(Status.OVERDUE, Rag.RED));
        assertThat(on(notDone(false, DUE), DUE.plusDays(1))).isEqualTo(new Verdict(Status.OVERDUE, Rag.RED));
    }

    @Test
    void aCompletionWithoutRenewalStaysCompleteAndGreen() {
        assertThat(on(done(false, null), LocalDate.of(2040, 1, 1))).isEqualTo(new Verdict(Status.COMPLETE, Rag.GREEN));
        assertThat(on(done(false, null), DUE.plusYears(1)).status().isCurrent()).isTrue();
    }

    @Test
    void renewalIsDueSoonThenPassesOnItsDate() {
        assertThat(RENEW).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(on(done(false, RENEW), RENEW.minusDays(SOON + 1))).isEqualTo(new Verdict(Status.COMPLETE, Rag.GREEN));
        Verdict soon = on(done(false, RENEW), RENEW.minusDays(SOON));
        assertThat(soon).isEqualTo(new Verdict(Status.RENEWAL_DUE_SOON, Rag.AMBER));
        assertThat(soon.status().isCurrent()).isTrue();
        assertThat(on(done(false, RENEW), RENEW.minusDays(1))).isEqualTo(new Verdict(Status.RENEWAL_DUE_SOON, Rag.AMBER));
        Verdict passed = on(done(false, RENEW), RENEW);
        assertThat(passed).isEqualTo(new Verdict(Status.NEEDS_REFRESH, Rag.RED));
        assertThat(passed.status().isCurrent()).isFalse();
    }

    @Test
    void aMaterialChangeNeedsARefreshAmberUntilTheRenewalDatePasses() {
        assertThat(on(done(true, null), DUE)).isEqualTo(new Verdict(Status.NEEDS_REFRESH, Rag.AMBER));
        assertThat(on(done(true, RENEW), RENEW.minusDays(1))).isEqualTo(new Verdict(Status.NEEDS_REFRESH, Rag.AMBER));
        assertThat(on(done(true, RENEW), RENEW)).isEqualTo(new Verdict(Status.NEEDS_REFRESH, Rag.RED));
    }

    @Test
    void anExemptionCountsAsCurrentUntilAndIncludingItsDate() {
        LocalDate until = LocalDate.of(2027, 6, 30);
        Facts exempt = new Facts(false, null, false, null, DUE, false, until);
        assertThat(on(exempt, until)).isEqualTo(new Verdict(Status.EXEMPT, Rag.GREEN));
        assertThat(on(exempt, until).status().isCurrent()).isTrue();
        assertThat(on(exempt, until.plusDays(1))).isEqualTo(new Verdict(Status.OVERDUE, Rag.RED));
    }

    @Test
    void usedUpAttemptsAreAmberUntilOverdue() {
        Facts usedUp = new Facts(true, null, false, null, DUE, true, null);
        assertThat(on(usedUp, DUE)).isEqualTo(new Verdict(Status.ATTEMPTS_USED_UP, Rag.AMBER));
        assertThat(on(usedUp, DUE.plusDays(1))).isEqualTo(new Verdict(Status.OVERDUE, Rag.RED));
    }

    @Test
    void renewalCountsCalendarMonthsInThePlatformsTimeZone() {
        // 23:30 UTC on 31 March is already 1 April in London (summer time).
        assertThat(CurrencyPolicy.renewOn(Instant.parse("2026-03-31T23:30:00Z"), 1, LONDON)).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(CurrencyPolicy.renewOn(Instant.parse("2026-01-31T12:00:00Z"), 1, LONDON)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(CurrencyPolicy.renewOn(COMPLETED, null, LONDON)).isNull();
    }

    @Test
    void percentHasOneDecimalAndIsZeroWithNothingAssigned() {
        assertThat(CurrencyPolicy.percent(1, 3)).isEqualTo(33.3);
        assertThat(CurrencyPolicy.percent(2, 3)).isEqualTo(66.7);
        assertThat(CurrencyPolicy.percent(0, 0)).isEqualTo(0.0);
    }
}
