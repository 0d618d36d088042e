package org.commonground.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonground.record.control.CertificateCodes;
import org.junit.jupiter.api.Test;

class SafeCsvTest {

    @Test
    void aCellThatLooksLikeAFormulaStaysText() {
        assertThat(SafeCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(SafeCsv.cell("+44 1234")).isEqualTo("'+44 1234");
        assertThat(SafeCsv.cell("-1")).isEqualTo("'-1");
        assertThat(SafeCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeCsv.cell("Barriers to access")).isEqualTo("Barriers to access");
        assertThat(SafeCsv.cell("  =1+1")).isEqualTo("'  =1+1");
        assertThat(SafeCsv.cell("\uFF1D1+1")).isEqualTo("'\uFF1D1+1");
        assertThat(SafeCsv.cell("\n=1+1")).isEqualTo("'\n=1+1");
        assertThat(SafeCsv.cell(-3)).as("a number is not a formula").isEqualTo("-3");
    }

    @Test
    void theHeaderIsSafeToo() {
        String csv = SafeCsv.write(List.of("Name", "=HYPERLINK(\"http://evil\")"), List.of());
        assertThat(csv).startsWith("Name,\"'=HYPERLINK(\"\"http://evil\"\")\"");
    }

    @Test
    void writesAHeaderAndQuotesWhatNeedsIt() {
        String csv = SafeCsv.write(List.of("Module", "Score"), List.of(List.of("Say \"hello\", kindly", 75.5), List.of("=1+1", "")));
        assertThat(csv).startsWith("Module,Score\r\n").contains("\"Say \"\"hello\"\", kindly\",75.5").contains("'=1+1,");
    }

    @Test
    void certificateCodesAreLongRandomAndNormalised() {
        String code = CertificateCodes.next();
        assertThat(code).matches("([2-9A-HJKMNP-Z]{4}-){3}[2-9A-HJKMNP-Z]{4}");
        assertThat(CertificateCodes.next()).isNotEqualTo(code);
        assertThat(CertificateCodes.normalise(code.toLowerCase().replace("-", " "))).isEqualTo(code);
    }
}
