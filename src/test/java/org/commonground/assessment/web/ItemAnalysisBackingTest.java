package org.commonground.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ItemAnalysisBackingTest {

    private static final LocalDate DEFAULT = LocalDate.of(2025, 6, 30);

    @Test
    void aDayIsReadAsTheDateInputSendsIt() {
        assertThat(ItemAnalysisBacking.day("2025-01-31", DEFAULT)).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(ItemAnalysisBacking.day(" 2025-01-31 ", DEFAULT)).isEqualTo(LocalDate.of(2025, 1, 31));
    }

    @Test
    void aMissingDayIsTheDefault() {
        assertThat(ItemAnalysisBacking.day(null, DEFAULT)).isEqualTo(DEFAULT);
        assertThat(ItemAnalysisBacking.day("  ", DEFAULT)).isEqualTo(DEFAULT);
    }

    @Test
    void anythingElseIsRefused() {
        assertThat(ItemAnalysisBacking.day("31/01/2025", DEFAULT)).isNull();
        assertThat(ItemAnalysisBacking.day("2025-02-30", DEFAULT)).isNull();
        assertThat(ItemAnalysisBacking.day("1999-12-31", DEFAULT)).as("before the platform").isNull();
        assertThat(ItemAnalysisBacking.day("+999999999-12-31", DEFAULT)).as("beyond what a timestamp holds").isNull();
    }
}
