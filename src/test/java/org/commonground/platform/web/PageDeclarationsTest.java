package org.commonground.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Every page declares who may see it: a web.xml security constraint covers each view. */
class PageDeclarationsTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Test
    void everyViewIsCoveredByASecurityConstraint() throws Exception {
        List<String> patterns = constraintPatterns();
        List<String> uncovered = new ArrayList<>();
        for (String view : views()) {
            if (patterns.stream().noneMatch(p -> covers(p, view))) {
                uncovered.add(view);
            }
        }
        assertThat(uncovered).as("views with no security constraint in web.xml").isEmpty();
    }

    @Test
    void rolesFoldersAreNotPublic() throws Exception {
        List<String> patterns = constraintPatterns();
        assertThat(patterns).contains("/learn/*", "/content/*", "/manage/*", "/admin/*", "/account/*");
    }

    static boolean covers(String pattern, String view) {
        if (pattern.endsWith("/*")) {
            return view.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(view);
    }

    private static List<String> views() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + WEBAPP.relativize(f).toString().replace('\\', '/'))
                    .filter(v -> !v.startsWith("/WEB-INF/") && !v.startsWith("/resources/"))
                    .toList();
        }
    }

    private static List<String> constraintPatterns() throws Exception {
        Document webXml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(WEBAPP.resolve("WEB-INF/web.xml").toFile());
        NodeList nodes = webXml.getElementsByTagName("url-pattern");
        List<String> patterns = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode().getNodeName().equals("web-resource-collection")) {
                patterns.add(nodes.item(i).getTextContent().trim());
            }
        }
        return patterns;
    }
}
