package org.commonground.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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

    /** A new CSV download cannot leave out the formula guard: whatever sends text/csv writes it through SafeCsv. */
    @Test
    void everyCsvDownloadIsWrittenThroughThisClass() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<Path> all = sources.filter(p -> p.toString().endsWith(".java")).toList();
            List<Path> sending = all.stream().filter(p -> read(p).contains("text/csv")).toList();

            assertThat(sending).as("classes that send CSV").isNotEmpty()
                    .allMatch(p -> read(p).contains("SafeCsv.write"), "write it with SafeCsv.write");
            assertThat(all).as("classes that print CSV themselves")
                    .filteredOn(p -> !p.getFileName().toString().equals("SafeCsv.java") && read(p).contains("CSVPrinter"))
                    .isEmpty();
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void certificateCodesAreLongRandomAndNormalised() {
        String code = CertificateCodes.next();
        assertThat(code).matches("([2-9A-HJKMNP-Z]{4}-){3}[2-9A-HJKMNP-Z]{4}");
        assertThat(CertificateCodes.next()).isNotEqualTo(code);
        assertThat(CertificateCodes.normalise(code.toLowerCase().replace("-", " "))).isEqualTo(code);
    }
}
