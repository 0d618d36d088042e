package org.commonground.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SvgSanitiserTest {

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " viewBox=\"0 0 100 100\" role=\"img\" aria-labelledby=\"t\">";

    private static SvgSanitiser.Result clean(String svg) {
        return SvgSanitiser.sanitise(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(SvgSanitiser.Result result) {
        return new String(result.svg(), StandardCharsets.UTF_8);
    }

    @Test
    void aPlainDiagramKeepsItsDrawingTitleAndText() {
        SvgSanitiser.Result result = clean(OPEN + "<title id=\"t\">Route</title><desc>Three steps</desc>"
                + "<defs><marker id=\"arrow\"><path d=\"M0 0L10 5L0 10z\"/></marker></defs>"
                + "<rect x=\"1\" y=\"2\" width=\"30\" height=\"20\" fill=\"#1d4e89\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"9\" y2=\"9\" marker-end=\"url(#arrow)\"/>"
                + "<text x=\"5\" y=\"15\" font-size=\"16\">Claim <tspan font-weight=\"bold\">made</tspan></text></svg>");
        assertThat(result.clean()).as(String.join(", ", result.removed())).isTrue();
        assertThat(text(result)).contains("<title id=\"t\">Route</title>", "<desc>Three steps</desc>",
                "marker-end=\"url(#arrow)\"", "fill=\"#1d4e89\"", "Claim <tspan font-weight=\"bold\">made</tspan>",
                "xmlns=\"http://www.w3.org/2000/svg\"");
    }

    @Test
    void cleaningTwiceChangesNothingMore() {
        SvgSanitiser.Result once = clean(OPEN + "<script>alert(1)</script><circle cx=\"5\" cy=\"5\" r=\"4\" onclick=\"x()\"/></svg>");
        SvgSanitiser.Result twice = SvgSanitiser.sanitise(once.svg());
        assertThat(twice.clean()).isTrue();
        assertThat(twice.svg()).isEqualTo(once.svg());
    }

    @Test
    void aScriptIsTakenOutAndNamed() {
        SvgSanitiser.Result result = clean(OPEN + "<script>alert(document.cookie)</script><rect width=\"5\" height=\"5\"/></svg>");
        assertThat(text(result)).doesNotContain("script", "alert").contains("<rect");
        assertThat(result.removed()).containsExactly("a script");
    }

    @Test
    void aScriptInAnotherNamespaceIsTakenOut() {
        SvgSanitiser.Result result = clean(OPEN + "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script></svg>");
        assertThat(text(result)).doesNotContain("alert");
        assertThat(result.removed()).containsExactly("a script");
    }

    @Test
    void eventHandlersAreTakenOut() {
        SvgSanitiser.Result result = clean(OPEN.replace("<svg ", "<svg onload=\"alert(1)\" ")
                + "<rect width=\"5\" height=\"5\" onmouseover=\"alert(2)\" ONCLICK=\"alert(3)\"/></svg>");
        assertThat(text(result)).doesNotContainIgnoringCase("alert").doesNotContainIgnoringCase("onload")
                .doesNotContainIgnoringCase("onmouseover").doesNotContainIgnoringCase("onclick");
        assertThat(result.removed()).contains("an event handler (onload)", "an event handler (onmouseover)");
    }

    @Test
    void javascriptLinksAndLinksToOtherDocumentsAreTakenOut() {
        SvgSanitiser.Result result = clean(OPEN + "<a href=\"javascript:alert(1)\"><text>Go</text></a>"
                + "<use xlink:href=\"https://evil.example/sprite.svg#x\"/><use href=\"data:image/svg+xml,&lt;svg/&gt;\"/>"
                + "<use href=\"#inside\"/><linearGradient id=\"g\" xlink:href=\"#other\"/></svg>");
        String svg = text(result);
        assertThat(svg).doesNotContain("javascript", "evil.example", "data:").contains("<use href=\"#inside\"/>",
                "href=\"#other\"");
        assertThat(result.removed()).contains("a link (<a>)",
                "a link to another document (href=\"https://evil.example/sprite.svg#x\")");
    }

    @Test
    void foreignObjectImagesAndAnimationsAreTakenOut() {
        SvgSanitiser.Result result = clean(OPEN + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<iframe src=\"https://evil.example\"/></div></foreignObject><image href=\"https://evil.example/a.png\"/>"
                + "<set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>");
        assertThat(text(result)).doesNotContain("foreignObject", "evil.example", "javascript", "<set");
        assertThat(result.removed()).hasSize(3);
    }

    @Test
    void stylesThatLoadFromOutsideAreTakenOutAndFragmentsKept() {
        SvgSanitiser.Result result = clean(OPEN + "<style>rect { fill: url(https://evil.example/x) }</style>"
                + "<style>@import 'https://evil.example/a.css';</style><style>.a { fill: #123456 }</style>"
                + "<rect style=\"fill: url('https://evil.example/y')\" width=\"1\" height=\"1\"/>"
                + "<rect style=\"fill: url(#g)\" width=\"1\" height=\"1\"/><rect style=\"f\\69ll: u\\72l(x)\"/>"
                + "<rect fill=\"url(https://evil.example/z)\"/></svg>");
        String svg = text(result);
        assertThat(svg).doesNotContain("evil.example", "\\72").contains(".a { fill: #123456 }", "fill: url(#g)");
        assertThat(result.removed()).hasSize(4).contains("a <style> that loads something from outside the picture");
    }

    @Test
    void entitiesAndDoctypesAreRefusedBeforeAnythingIsExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + OPEN + "<text>&x;</text></svg>";
        assertThatThrownBy(() -> clean(xxe)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DOCTYPE");
        String laughs = "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>" + OPEN + "<text>&c;</text></svg>";
        assertThatThrownBy(() -> clean(laughs)).hasMessageContaining("DOCTYPE");
    }

    @Test
    void processingInstructionsAreTakenOut() {
        SvgSanitiser.Result result = clean("<?xml-stylesheet href=\"https://evil.example/a.css\"?>" + OPEN + "<rect/></svg>");
        assertThat(text(result)).doesNotContain("evil.example");
        assertThat(result.removed()).containsExactly("a processing instruction (<?xml-stylesheet ...?>)");
    }

    @Test
    void somethingThatIsNotAnSvgIsRefusedWithAReason() {
        assertThatThrownBy(() -> clean("<html><body>hi</body></html>")).hasMessageContaining("not an SVG");
        assertThatThrownBy(() -> clean("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>"))
                .hasMessageContaining("cannot be read as XML");
    }

    @Test
    void editorsOwnAttributesAreDroppedQuietly() {
        SvgSanitiser.Result result = clean(OPEN.replace("<svg ", "<svg xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" ")
                + "<g inkscape:label=\"Layer 1\" data-x=\"1\"><rect width=\"1\" height=\"1\"/></g></svg>");
        assertThat(result.clean()).isTrue();
        assertThat(text(result)).doesNotContain("inkscape", "data-x");
    }

    @Test
    void theShippedDiagramsAreCleanAndCleaningAgainChangesNothingSoAZipRoundTripKeepsTheirBytes() throws Exception {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("content/media"))) {
            java.util.List<java.nio.file.Path> svgs = files.filter(f -> f.toString().endsWith(".svg")).toList();
            assertThat(svgs).isNotEmpty();
            for (java.nio.file.Path svg : svgs) {
                SvgSanitiser.Result once = SvgSanitiser.sanitise(java.nio.file.Files.readAllBytes(svg));
                assertThat(once.removed()).as(svg.toString()).isEmpty();
                SvgSanitiser.Result twice = SvgSanitiser.sanitise(once.svg());
                assertThat(twice.removed()).isEmpty();
                assertThat(new String(twice.svg(), java.nio.charset.StandardCharsets.UTF_8)).as(svg.toString())
                        .isEqualTo(new String(once.svg(), java.nio.charset.StandardCharsets.UTF_8));
                assertThat(Media.asStored(svg.toString(), java.nio.file.Files.readAllBytes(svg))).isEqualTo(once.svg());
            }
        }
    }
}
