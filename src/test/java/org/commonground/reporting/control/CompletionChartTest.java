package org.commonground.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompletionChartTest {

    @Test
    void twelveMonthsEndWithThisMonthAndTheBusiestIsTheTallest() {
        CompletionChart chart = CompletionChart.of(Map.of(YearMonth.of(2026, 11), 4L, YearMonth.of(2026, 3), 2L,
                YearMonth.of(2025, 11), 9L), YearMonth.of(2026, 12));

        assertThat(chart.bars()).hasSize(12);
        assertThat(chart.bars().get(0).month()).isEqualTo("January 2026");
        assertThat(chart.bars().get(11).month()).isEqualTo("December 2026");
        assertThat(chart.getSpan()).isEqualTo("January 2026 to December 2026");
        assertThat(chart.total()).isEqualTo(6);
        assertThat(chart.highest()).isEqualTo(4);
        CompletionChart.Bar november = chart.bars().get(10);
        assertThat(november.count()).isEqualTo(4);
        assertThat(november.height()).isEqualTo(120);
        assertThat(november.y() + november.height()).isEqualTo(CompletionChart.BASELINE);
        assertThat(chart.bars().get(2).height()).isEqualTo(60);
        assertThat(chart.bars().get(0).height()).isZero();
    }

    @Test
    void theYearIsWrittenUnderTheFirstMonthAndEachJanuary() {
        CompletionChart chart = CompletionChart.of(Map.of(), YearMonth.of(2026, 5));

        assertThat(chart.bars().stream().map(CompletionChart.Bar::year).filter(y -> !y.isEmpty())).containsExactly("2025", "2026");
        assertThat(chart.bars().get(0).shortMonth()).isEqualTo("Jun");
        assertThat(chart.total()).isZero();
        assertThat(chart.bars()).allSatisfy(b -> assertThat(b.height()).isZero());
    }

    @Test
    void aCompletionDatedAheadOfTodayMovesTheLastMonthOn() {
        CompletionChart chart = CompletionChart.of(Map.of(YearMonth.of(2027, 2), 1L), YearMonth.of(2026, 12));

        assertThat(chart.bars().get(11).month()).isEqualTo("February 2027");
        assertThat(chart.bars().get(11).count()).isEqualTo(1);
    }

    @Test
    void barsStayInsideThePicture() {
        CompletionChart chart = CompletionChart.of(Map.of(YearMonth.of(2026, 12), 1L), YearMonth.of(2026, 12));

        assertThat(chart.bars()).allSatisfy(b -> {
            assertThat(b.x()).isGreaterThanOrEqualTo(0);
            assertThat(b.x() + 24).isLessThanOrEqualTo(CompletionChart.WIDTH);
        });
        assertThat(chart.bars().get(11).y()).isEqualTo(CompletionChart.BASELINE - 120);
    }
}
