package org.commonground.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.commonground.authoring.control.Zips;
import org.junit.jupiter.api.Test;

/** Pictures in content: named from units, checked, carried with the module and in zips. */
class ContentMediaTest {

    private final ContentParser parser = new ContentParser();
    private static final String DIAGRAM = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
            + "<title>A box</title><rect width=\"5\" height=\"5\"/></svg>";

    private static Map<String, String> libraryShowing(String markdown) {
        Map<String, String> files = ContentParserTest.goodLibrary();
        files.put("content/units/t/01-unit.md", ContentParserTest.unit(ContentParserTest.UNIT_ID) + "\n" + markdown + "\n");
        return files;
    }

    private static String svg(String text) {
        return Media.encode(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aModuleCarriesThePicturesItsUnitsShowAndThoseInItsFolder() {
        Map<String, String> files = libraryShowing("![A box](media/shared/box.svg)");
        files.put("content/media/shared/box.svg", svg(DIAGRAM));
        files.put("content/media/test/spare.png", Media.encode(MediaTest.PNG));
        files.put("content/media/other/unused.png", Media.encode(MediaTest.PNG));

        Library library = parser.parse(files);

        assertThat(library.problems()).isEmpty();
        assertThat(library.modules().get(0).files()).containsKeys("content/media/shared/box.svg", "content/media/test/spare.png")
                .doesNotContainKey("content/media/other/unused.png");
    }

    @Test
    void aChangedPictureChangesTheModulesFingerprint() {
        Map<String, String> files = libraryShowing("![A box](media/test/box.svg)");
        files.put("content/media/test/box.svg", svg(DIAGRAM));
        String before = parser.parse(files).modules().get(0).fingerprint();
        files.put("content/media/test/box.svg", svg(DIAGRAM.replace("width=\"5\"", "width=\"6\"")));
        assertThat(parser.parse(files).modules().get(0).fingerprint()).isNotEqualTo(before);
    }

    @Test
    void aMissingPictureIsAProblemAtItsLineInTheScreensWords() {
        Library library = parser.parse(libraryShowing("![A box](media/test/box.svg)"));
        assertThat(library.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/units/t/01-unit.md");
            assertThat(p.line()).isEqualTo(14);
            assertThat(p.message()).isEqualTo("there is no picture 'media/test/box.svg': upload it on the module's"
                    + " Pictures page, or correct the name");
        });
        assertThat(library.modules()).isEmpty();
    }

    @Test
    void aPictureFromAnotherSiteOrOfAnotherTypeIsAProblem() {
        assertThat(parser.parse(libraryShowing("![A box](https://example.org/box.png)")).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("is not one of the module's pictures"));
        assertThat(parser.parse(libraryShowing("![A box](media/test/box.gif)")).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("is not an SVG, PNG, JPEG or WebP file"));
    }

    @Test
    void aPictureWithoutAltTextIsAProblem() {
        Map<String, String> files = libraryShowing("![ ](media/test/box.svg)");
        files.put("content/media/test/box.svg", svg(DIAGRAM));
        assertThat(parser.parse(files).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("a picture has no alt text"));
    }

    @Test
    void aHostileSvgInAModuleIsAProblemAndTheModuleIsLeftOut() {
        Map<String, String> files = libraryShowing("![A box](media/test/box.svg)");
        files.put("content/media/test/box.svg", svg(DIAGRAM.replace("<title>", "<script>alert(1)</script><title>")));
        Library library = parser.parse(files);
        assertThat(library.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/media/test/box.svg");
            assertThat(p.message()).contains("a script");
        });
        assertThat(library.brokenModules()).containsExactly("test");
    }

    @Test
    void picturesRoundTripThroughAZipAsTheirBytes() {
        Map<String, String> files = libraryShowing("![A box](media/test/box.png)");
        files.put("content/media/test/box.png", Media.encode(MediaTest.PNG));

        byte[] zip = Zips.write(files);
        Zips.Read read = Zips.read(zip);

        assertThat(read.files()).isEqualTo(new java.util.TreeMap<>(files));
        assertThat(read.skipped()).isEmpty();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("content/media/test/box.png")) {
                    assertThat(in.readAllBytes()).as("the zip holds the picture's own bytes").isEqualTo(MediaTest.PNG);
                    return;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("the picture is not in the zip");
    }

    @Test
    void aHostileSvgInAZipIsCleanedAndSaid() {
        Map<String, String> files = libraryShowing("![A box](media/test/box.svg)");
        String hostile = DIAGRAM.replace("<rect", "<rect onclick=\"alert(1)\"");
        files.put("content/media/test/box.svg", svg(hostile));

        Zips.Read read = Zips.read(Zips.write(files));

        assertThat(new String(Media.decode(read.files().get("content/media/test/box.svg")), StandardCharsets.UTF_8))
                .doesNotContain("onclick").contains("<rect");
        assertThat(read.skipped()).containsExactly("content/media/test/box.svg: cleaned, taking out an event handler (onclick)");
        assertThat(parser.parse(read.files()).problems()).isEmpty();
    }
}
