package org.commonground.platform.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Printable documents made with Apache PDFBox: certificates, the learner's record and
 * worksheet answers. Text is set in Liberation Sans (shipped with PDFBox), embedded,
 * so names in any Latin, Greek or Cyrillic script print as typed.
 */
public final class PdfWriter {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56;

    /** A block of text: a heading, or a paragraph. */
    public record Block(String text, float size, boolean gapBefore) {

        public static Block heading(String text) {
            return new Block(text, 16, true);
        }

        public static Block text(String text) {
            return new Block(text, 11, false);
        }

        public static Block gap(String text) {
            return new Block(text, 11, true);
        }
    }

    private PdfWriter() {
    }

    /** A one-page certificate, landscape. */
    public static byte[] certificate(String name, String module, int version, String date, String code, String verifyAt) {
        try (PDDocument document = new PDDocument()) {
            info(document, "Certificate: " + module);
            PDFont font = font(document);
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            float width = page.getMediaBox().getWidth();
            float y = page.getMediaBox().getHeight() - 110;
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.setLineWidth(3);
                out.addRect(28, 28, width - 56, page.getMediaBox().getHeight() - 56);
                out.stroke();
                y = centred(out, font, 30, "Certificate of completion", width, y) - 40;
                y = centred(out, font, 14, "This certifies that", width, y) - 30;
                y = centred(out, font, 26, name, width, y) - 30;
                y = centred(out, font, 14, "completed the Common Ground module", width, y) - 30;
                y = centred(out, font, 20, module, width, y) - 24;
                y = centred(out, font, 12, "Version " + version + ", completed on " + date, width, y) - 50;
                y = centred(out, font, 12, "Verification code: " + code, width, y) - 18;
                centred(out, font, 10, "Check it at " + verifyAt, width, y);
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document of headings and wrapped paragraphs over as many pages as it needs. */
    public static byte[] document(String title, List<Block> blocks) {
        try (PDDocument document = new PDDocument()) {
            info(document, title);
            PDFont font = font(document);
            List<Block> all = new ArrayList<>();
            all.add(new Block(title, 20, false));
            all.addAll(blocks);
            PDPage page = null;
            PDPageContentStream out = null;
            float y = 0;
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            try {
                for (Block block : all) {
                    for (String paragraph : block.text().split("\n", -1)) {
                        List<String> lines = wrap(font, block.size(), paragraph, width);
                        for (int i = 0; i < lines.size(); i++) {
                            float lead = block.size() * 1.4f + (i == 0 && block.gapBefore() ? block.size() : 0);
                            if (out == null || y - lead < MARGIN) {
                                if (out != null) {
                                    out.close();
                                }
                                page = new PDPage(PDRectangle.A4);
                                document.addPage(page);
                                out = new PDPageContentStream(document, page);
                                y = PDRectangle.A4.getHeight() - MARGIN;
                            }
                            y -= lead;
                            out.beginText();
                            out.setFont(font, block.size());
                            out.newLineAtOffset(MARGIN, y);
                            out.showText(lines.get(i));
                            out.endText();
                        }
                    }
                }
            } finally {
                if (out != null) {
                    out.close();
                }
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float centred(PDPageContentStream out, PDFont font, float size, String text, float width, float y)
            throws IOException {
        String safe = printable(font, text);
        float textWidth = font.getStringWidth(safe) / 1000 * size;
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(Math.max(MARGIN, (width - textWidth) / 2), y);
        out.showText(safe);
        out.endText();
        return y;
    }

    static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String safe = printable(font, text);
        if (safe.isEmpty()) {
            lines.add("");
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : safe.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Drops characters the font has no glyph for (and control characters), instead of failing. */
    static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder();
        text.replace('\t', ' ').codePoints().forEach(cp -> {
            if (cp < 0x20) {
                return;
            }
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static PDFont font(PDDocument document) throws IOException {
        try (InputStream in = PdfWriter.class.getResourceAsStream(FONT)) {
            return PDType0Font.load(document, in);
        }
    }

    private static void info(PDDocument document, String title) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Common Ground");
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        document.save(buffer);
        return buffer.toByteArray();
    }
}
