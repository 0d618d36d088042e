package org.commonground.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown to safe HTML: CommonMark (with tables) and then the OWASP sanitiser,
 * even though content is written by trusted people: the same renderer serves the
 * trainers' preview and the learners' page. Raw HTML in the source is dropped.
 * Headings shift down one level, since the page's title is its only h1.
 */
@ApplicationScoped
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Pattern SAFE_IMAGE = Pattern.compile("^(media/[A-Za-z0-9._/-]+|https://.+)$");

    private final Parser parser = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();
    private final PolicyFactory policy = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a").allowAttributes("href").onElements("a")
                    .allowStandardUrlProtocols().requireRelsOnLinks("noopener", "noreferrer")
                    .allowElements("img").allowAttributes("alt").onElements("img")
                    .allowAttributes("src").matching(SAFE_IMAGE).onElements("img")
                    .allowElements("pre", "code", "hr", "br", "ul", "ol", "li", "dl", "dt", "dd", "blockquote")
                    .allowElements("h2", "h3", "h4", "h5", "h6")
                    .toFactory());

    private static final int CACHE_LIMIT = 5_000;
    private final java.util.Map<String, String> rendered = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Safe HTML for a fragment of Markdown. Published content does not change, so
     * its rendering is kept (bounded) and the same text is not rendered twice.
     */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = rendered.get(markdown);
        if (html == null) {
            html = render(markdown);
            if (rendered.size() >= CACHE_LIMIT) {
                rendered.clear();
            }
            rendered.put(markdown, html);
        }
        return html;
    }

    private String render(String markdown) {
        Node document = parser.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + 1));
                visitChildren(heading);
            }
        });
        return policy.sanitize(renderer.render(document));
    }

    private final Parser spanParser = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /**
     * The Markdown with its raw HTML taken out (blocks and inline tags), as an editor
     * saves it: the format says raw HTML is removed, so what is stored is what shows.
     */
    public String withoutHtml(String markdown) {
        if (markdown == null || markdown.indexOf('<') < 0) {
            return markdown;
        }
        String input = markdown.replace("\r\n", "\n");
        List<int[]> cuts = new ArrayList<>();
        spanParser.parse(input).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                cut(block);
            }

            @Override
            public void visit(HtmlInline inline) {
                cut(inline);
            }

            private void cut(Node node) {
                for (SourceSpan span : node.getSourceSpans()) {
                    cuts.add(new int[] {span.getInputIndex(), span.getInputIndex() + span.getLength()});
                }
            }
        });
        StringBuilder out = new StringBuilder(input);
        cuts.sort((a, b) -> Integer.compare(b[0], a[0]));
        for (int[] cut : cuts) {
            out.delete(cut[0], Math.min(cut[1], out.length()));
        }
        return out.toString();
    }

    /** A picture named in Markdown: its line (1-based, within the fragment), its address and its alt text. */
    public record Picture(int line, String destination, String alt) {
    }

    /** Every picture the Markdown shows, in order. */
    public List<Picture> pictures(String markdown) {
        List<Picture> pictures = new ArrayList<>();
        if (markdown == null) {
            return pictures;
        }
        parser.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                StringBuilder alt = new StringBuilder();
                for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Text text) {
                        alt.append(text.getLiteral());
                    }
                }
                pictures.add(new Picture(lineOf(image), image.getDestination(), alt.toString().strip()));
            }
        });
        return pictures;
    }

    /** Line numbers (1-based, within the fragment) of images that have no alt text. */
    public List<Integer> imagesWithoutAltText(String markdown) {
        return pictures(markdown).stream().filter(p -> p.alt().isEmpty()).map(Picture::line).toList();
    }

    private static int lineOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0).getLineIndex() + 1;
            }
        }
        return 1;
    }
}
