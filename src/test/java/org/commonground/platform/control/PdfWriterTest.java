package org.commonground.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfWriterTest {

    @Test
    void aCertificateCarriesNameModuleVersionDateAndCodeInAnyScript() throws IOException {
        byte[] pdf = PdfWriter.certificate("Оксана Шевченко", "Barriers to access", 3, "22 November 2026",
                "ABCD-EFGH-JKMN-PQRS", "https://example.org/verify.xhtml");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Оксана Шевченко").contains("Barriers to access").contains("Version 3")
                    .contains("22 November 2026").contains("ABCD-EFGH-JKMN-PQRS");
        }
    }

    @Test
    void aLongDocumentFlowsOntoMorePages() throws IOException {
        List<PdfWriter.Block> blocks = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            blocks.add(PdfWriter.Block.text("Line " + i + " of a long record, with enough words to wrap across the width of the page."));
        }
        try (PDDocument document = Loader.loadPDF(PdfWriter.document("Record", blocks))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(document)).contains("Line 119");
        }
    }
}
