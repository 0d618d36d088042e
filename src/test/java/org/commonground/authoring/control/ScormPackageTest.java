package org.commonground.authoring.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.commonground.content.control.ContentDirectory;
import org.commonground.content.control.ContentParser;
import org.commonground.content.control.Library;
import org.commonground.content.control.MarkdownRenderer;
import org.commonground.content.control.ParsedModule;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;

/**
 * Every shipped module as a SCORM 1.2 package: its manifest validates against the ADL
 * SCORM 1.2 schemas (read from {@code ../shared/specs/scorm12/}, never copied here),
 * names every file the zip holds, and each unit's page has what the learner needs.
 */
class ScormPackageTest {

    private static final Logger LOG = Logger.getLogger(ScormPackageTest.class.getName());
    private static final Path SCHEMAS = Path.of("..", "shared", "specs", "scorm12");

    private static Library library;
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    @BeforeAll
    static void load() {
        library = new ContentParser().parse(ContentDirectory.read(Path.of(".")));
    }

    private static Map<String, byte[]> packageOf(ParsedModule module) {
        return ScormPackage.files(module.definition().uuid(), 1, module.definition(), module.files(), RENDERER);
    }

    @Test
    void everyShippedManifestValidatesAgainstTheScorm12Schemas() throws Exception {
        assumeTrue(Files.isRegularFile(SCHEMAS.resolve("adlcp_rootv1p2.xsd")),
                "the SCORM 1.2 schemas are not at " + SCHEMAS.toAbsolutePath() + ": the manifests were not validated");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(ScormPackageTest::imsXmlAsPublished);
        // The ADL schema imports the IMS content packaging schema, which imports xml.xsd: all three from the folder.
        Validator validator = factory.newSchema(new StreamSource(SCHEMAS.resolve("adlcp_rootv1p2.xsd").toFile()))
                .newValidator();
        assertThat(library.modules()).isNotEmpty();
        List<String> sizes = new ArrayList<>();
        for (ParsedModule module : library.modules()) {
            Map<String, byte[]> files = packageOf(module);
            byte[] manifest = files.get(ScormPackage.MANIFEST);
            validator.validate(new StreamSource(new ByteArrayInputStream(manifest), module.folder() + "/imsmanifest.xml"));
            sizes.add(String.format("%s: %d units, %,d bytes zipped", module.folder(), module.definition().units().size(),
                    ScormPackage.zip(files).length));
        }
        LOG.info("SCORM 1.2 package size per shipped module:\n  " + String.join("\n  ", sizes));

        // The same check refuses a manifest that breaks the schema (a SCO type SCORM 1.2 does not know).
        String broken = new String(packageOf(library.modules().get(0)).get(ScormPackage.MANIFEST), StandardCharsets.UTF_8)
                .replaceFirst("scormtype=\"sco\"", "scormtype=\"lesson\"");
        assertThatThrownBy(() -> validator.validate(new StreamSource(new java.io.StringReader(broken))))
                .isInstanceOf(org.xml.sax.SAXParseException.class).hasMessageContaining("lesson");
    }

    @Test
    void aUnitsPicturesTravelInsideThePackage() {
        ParsedModule module = library.modules().stream().filter(m -> m.folder().equals("partnership-levels")).findFirst()
                .orElseThrow();
        Map<String, byte[]> files = packageOf(module);
        List<String> pictures = files.keySet().stream().filter(p -> p.startsWith("media/")).toList();
        assertThat(pictures).isNotEmpty();
        String pages = files.entrySet().stream().filter(e -> e.getKey().endsWith(".html"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).reduce("", String::concat);
        pictures.forEach(p -> assertThat(pages).contains("src=\"" + p + "\""));
    }

    /**
     * IMS's {@code ims_xml.xsd} binds the XML namespace as its default namespace, which the
     * XML namespaces rules forbid and the JDK's parser refuses; it is read from the folder
     * as it is, with only that one declaration left out, in memory.
     */
    private static LSInput imsXmlAsPublished(String type, String namespace, String publicId, String systemId, String baseUri) {
        if (systemId == null || !systemId.endsWith("ims_xml.xsd")) {
            return null;
        }
        try {
            String text = Files.readString(SCHEMAS.resolve("ims_xml.xsd"), StandardCharsets.UTF_8).replace("\uFEFF", "")
                    .replace(" xmlns=\"http://www.w3.org/XML/1998/namespace\"", "");
            DOMImplementationLS ls = (DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .getDOMImplementation().getFeature("LS", "3.0");
            LSInput input = ls.createLSInput();
            input.setStringData(text);
            input.setSystemId(SCHEMAS.resolve("ims_xml.xsd").toUri().toString());
            return input;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theManifestHasAScoPerUnitAndListsEveryFileOfThePackage() throws Exception {
        for (ParsedModule module : library.modules()) {
            Map<String, byte[]> files = packageOf(module);
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            org.w3c.dom.Document manifest = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(files.get(ScormPackage.MANIFEST)));
            NodeList items = manifest.getElementsByTagNameNS(ScormManifest.IMSCP, "item");
            assertThat(items.getLength()).as(module.folder()).isEqualTo(module.definition().units().size());
            NodeList listed = manifest.getElementsByTagNameNS(ScormManifest.IMSCP, "file");
            List<String> hrefs = new ArrayList<>();
            for (int i = 0; i < listed.getLength(); i++) {
                hrefs.add(((Element) listed.item(i)).getAttribute("href"));
            }
            List<String> packaged = new ArrayList<>(files.keySet());
            packaged.remove(ScormPackage.MANIFEST);
            assertThat(hrefs).as(module.folder()).containsExactlyInAnyOrderElementsOf(packaged);
            NodeList resources = manifest.getElementsByTagNameNS(ScormManifest.IMSCP, "resource");
            long scos = 0;
            for (int i = 0; i < resources.getLength(); i++) {
                if ("sco".equals(((Element) resources.item(i)).getAttributeNS(ScormManifest.ADLCP, "scormtype"))) {
                    scos++;
                }
            }
            assertThat(scos).isEqualTo(module.definition().units().size());
        }
    }

    @Test
    void aUnitPageHasItsTextQuizKeyAndLabelledFieldsAndCallsNothingOutside() {
        ParsedModule module = library.modules().stream().filter(m -> m.definition().units().stream()
                .anyMatch(u -> u.quiz().isPresent() && u.worksheet().isPresent())).findFirst().orElseThrow();
        Map<String, byte[]> files = packageOf(module);
        int index = 0;
        while (module.definition().units().get(index).quiz().isEmpty() || module.definition().units().get(index).worksheet().isEmpty()) {
            index++;
        }
        var unit = module.definition().units().get(index);
        Document page = Jsoup.parse(new String(files.get("unit-" + (index + 1) + ".html"), StandardCharsets.UTF_8));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-GB");
        assertThat(page.select("h1").text()).isEqualTo(unit.unit().title());
        assertThat(page.select("fieldset.question")).hasSize(unit.quiz().get().questions().size());
        assertThat(page.select("input[data-correct=true]")).isNotEmpty();
        page.select("input, textarea, select").forEach(field ->
                assertThat(page.select("label[for=" + field.id() + "]")).as(field.id()).hasSize(1));
        // Nothing leaves the package: no script or style from elsewhere, no form sent anywhere.
        assertThat(page.select("script[src]")).allSatisfy(s -> assertThat(s.attr("src")).isEqualTo(ScormPages.SCRIPT));
        assertThat(page.select("link[href]")).allSatisfy(s -> assertThat(s.attr("href")).isEqualTo(ScormPages.STYLE));
        assertThat(page.select("form[action]")).isEmpty();
        String script = new String(files.get(ScormPages.SCRIPT), StandardCharsets.UTF_8);
        assertThat(script).doesNotContain("fetch(", "XMLHttpRequest", "http:", "https:");
    }
}
