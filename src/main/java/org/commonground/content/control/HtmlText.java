package org.commonground.content.control;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The HTML of an imported question bank (Moodle's HTML text format) as the plain text
 * the quiz format keeps: paragraphs and line breaks as new lines, list items as
 * "- " or "1. " lines, a link as its text with its address in brackets, an image as its
 * description, entities decoded. Read with jsoup's parser, which runs nothing: scripts,
 * styles, frames and forms are dropped with their content, and every other tag keeps
 * only its text.
 */
public final class HtmlText {

    private static final Set<String> DROPPED = Set.of("script", "style", "template", "noscript", "iframe", "object", "embed",
            "frame", "frameset", "head", "title", "meta", "link", "form", "input", "button", "select", "textarea", "svg", "math",
            "video", "audio", "canvas");

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "aside", "main",
            "nav", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dl", "dt", "dd", "table", "tr",
            "figure", "figcaption", "hr", "address");

    private HtmlText() {
    }

    /** The plain text of an HTML fragment. */
    public static String plain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        walk(Jsoup.parseBodyFragment(html).body(), out);
        return tidy(out.toString());
    }

    private static void walk(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.getWholeText().replaceAll("\\s+", " "));
            } else if (child instanceof Element e) {
                element(e, out);
            }
        }
    }

    private static void element(Element e, StringBuilder out) {
        String tag = e.normalName();
        if (DROPPED.contains(tag)) {
            return;
        }
        switch (tag) {
            case "br" -> out.append('\n');
            case "li" -> {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                Element parent = e.parent();
                out.append(parent != null && parent.normalName().equals("ol") ? (e.elementSiblingIndex() + 1) + ". " : "- ");
                walk(e, out);
                out.append('\n');
            }
            case "a" -> {
                int at = out.length();
                walk(e, out);
                String text = out.substring(at).strip();
                String href = e.attr("href").strip();
                if (isAddress(href) && !href.equals(text) && !href.equals("mailto:" + text)) {
                    out.append(text.isEmpty() ? href : " (" + href + ")");
                }
            }
            case "img" -> {
                String alt = e.attr("alt").strip();
                out.append(alt.isEmpty() ? "[picture]" : "[picture: " + alt + "]");
            }
            case "td", "th" -> {
                walk(e, out);
                out.append(' ');
            }
            default -> {
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    out.append("\n\n");
                }
                walk(e, out);
                if (block) {
                    out.append("\n\n");
                }
            }
        }
    }

    /** Only addresses a learner can follow safely are kept: web and mail. */
    private static boolean isAddress(String href) {
        String lower = href.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:");
    }

    /** Spaces at line ends and starts taken out, at most one empty line in a row. */
    private static String tidy(String text) {
        String lines = text.replace('\u00a0', ' ').replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll(" {2,}", " ");
        return lines.replaceAll("\\n{3,}", "\n\n").strip();
    }
}
