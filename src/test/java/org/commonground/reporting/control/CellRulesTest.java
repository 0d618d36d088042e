package org.commonground.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CellRulesTest {

    private final LocalDate today = LocalDate.of(2026, 6, 1);

    @Test
    void completeIsGreen() {
        assertThat(CellRules.cell(true, false, false, true, today.minusDays(5), today, 30))
                .isEqualTo(new CellRules.Cell(CellRules.Status.COMPLETE, CellRules.Rag.GREEN));
    }

    @Test
    void overdueIsRed() {
        assertThat(CellRules.cell(false, false, false, true, today.minusDays(1), today, 30))
                .isEqualTo(new CellRules.Cell(CellRules.Status.OVERDUE, CellRules.Rag.RED));
    }

    @Test
    void dueWithinTheWarningPeriodIsAmberAndLaterIsGreen() {
        assertThat(CellRules.cell(false, false, false, false, today.plusDays(30), today, 30).rag()).isEqualTo(CellRules.Rag.AMBER);
        assertThat(CellRules.cell(false, false, false, false, today.plusDays(31), today, 30).rag()).isEqualTo(CellRules.Rag.GREEN);
        assertThat(CellRules.cell(false, false, false, true, today, today, 30))
                .isEqualTo(new CellRules.Cell(CellRules.Status.IN_PROGRESS, CellRules.Rag.AMBER));
    }

    @Test
    void aRefreshIsAmberAfterAMaterialChangeAndRedPastItsRenewal() {
        assertThat(CellRules.cell(false, true, false, true, today.plusDays(60), today, 30))
                .isEqualTo(new CellRules.Cell(CellRules.Status.NEEDS_REFRESH, CellRules.Rag.AMBER));
        assertThat(CellRules.cell(false, true, true, true, today.plusDays(60), today, 30).rag()).isEqualTo(CellRules.Rag.RED);
    }

    @Test
    void completionPercentOfAssignments() {
        assertThat(CellRules.percent(1, 3)).isEqualTo(33.3);
        assertThat(CellRules.percent(0, 0)).isZero();
        assertThat(CellRules.percent(19, 20)).isEqualTo(95.0);
    }
}
