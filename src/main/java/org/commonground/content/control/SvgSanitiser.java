package org.commonground.content.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Makes an SVG safe to show: it is read with the JDK's XML parser (no DOCTYPE, so no
 * entities and nothing fetched) and copied into a new document element by element,
 * keeping only drawing elements and presentation attributes on an allow-list. Scripts,
 * event handlers, foreignObject, links to other documents and {@code url()} to
 * anything but a fragment of the same picture are left behind and named.
 * <p>
 * No maintained Java library sanitises SVG (OWASP's HTML sanitiser knows HTML, Batik
 * renders SVG), so the allow-list is ours. The output is always the copy, never the
 * input: what is served has passed through the list.
 */
public final class SvgSanitiser {

    public static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    private static final String XML_NS = XMLConstants.XML_NS_URI;

    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "title", "desc", "path", "rect", "circle",
            "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath", "marker", "linearGradient",
            "radialGradient", "stop", "clipPath", "mask", "pattern", "symbol", "use", "style");
    /** Elements whose text is kept. */
    private static final Set<String> TEXT = Set.of("title", "desc", "text", "tspan", "textPath", "style");
    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy",
            "r", "rx", "ry", "fx", "fy", "width", "height", "d", "points", "transform", "viewBox",
            "preserveAspectRatio", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap",
            "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset", "stroke-miterlimit", "stroke-opacity",
            "opacity", "font-family", "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline",
            "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing", "text-decoration", "dx", "dy",
            "rotate", "textLength", "lengthAdjust", "offset", "stop-color", "stop-opacity", "gradientUnits",
            "gradientTransform", "spreadMethod", "markerWidth", "markerHeight", "refX", "refY", "orient",
            "markerUnits", "clip-path", "clip-rule", "clipPathUnits", "mask", "maskUnits", "patternUnits",
            "patternTransform", "marker-start", "marker-mid", "marker-end", "visibility", "display", "color",
            "vector-effect", "role", "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden", "lang",
            "focusable", "version", "style", "href", "type", "media", "startOffset", "pathLength",
            "shape-rendering", "text-rendering", "paint-order");
    private static final Set<String> LINKING = Set.of("use", "textPath", "linearGradient", "radialGradient", "pattern");
    private static final Pattern URL = Pattern.compile("(?i)url\\s*\\(\\s*(['\"]?)(.*?)\\1\\s*\\)");
    private static final Pattern FRAGMENT = Pattern.compile("#[A-Za-z_][A-Za-z0-9_.:-]*");
    private static final Pattern HOSTILE_CSS = Pattern.compile("(?i)(@import|expression\\s*\\(|javascript:|behavior\\s*:|-moz-binding)");

    private SvgSanitiser() {
    }

    /** The clean picture and what was left out of it, in words a trainer understands. */
    public record Result(byte[] svg, List<String> removed) {

        public boolean clean() {
            return removed.isEmpty();
        }
    }

    /** Cleans an SVG; throws {@link IllegalArgumentException} with a reason when it is not an SVG that can be read. */
    public static Result sanitise(byte[] input) {
        Document source = parse(input);
        Element root = source.getDocumentElement();
        if (!SVG_NS.equals(root.getNamespaceURI()) || !"svg".equals(root.getLocalName())) {
            throw new IllegalArgumentException("the file is XML but not an SVG picture (its first element is not <svg>"
                    + " in the SVG namespace)");
        }
        Document out = builder().newDocument();
        Set<String> removed = new LinkedHashSet<>();
        Element copy = (Element) copy(root, out, removed);
        copy.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", SVG_NS);
        out.appendChild(copy);
        noteOutside(source, removed);
        return new Result(write(out), List.copyOf(removed));
    }

    private static void noteOutside(Document source, Set<String> removed) {
        for (Node n = source.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                removed.add("a processing instruction (<?" + n.getNodeName() + " ...?>)");
            }
        }
    }

    private static Node copy(Element element, Document out, Set<String> removed) {
        String name = element.getLocalName();
        Element copy = out.createElementNS(SVG_NS, name);
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attr = (Attr) attributes.item(i);
            copyAttribute(name, attr, copy, removed);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    Element e = (Element) child;
                    String why = refusal(e);
                    if (why == null) {
                        copy.appendChild(copy(e, out, removed));
                    } else {
                        removed.add(why);
                    }
                }
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                    if (TEXT.contains(name)) {
                        copy.appendChild(out.createTextNode(child.getNodeValue()));
                    }
                }
                case Node.PROCESSING_INSTRUCTION_NODE -> removed.add("a processing instruction (<?" + child.getNodeName() + " ...?>)");
                default -> {
                    // Comments are dropped without a word.
                }
            }
        }
        return copy;
    }

    /** Why an element is left out, or null when it is kept. */
    private static String refusal(Element e) {
        String name = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
        if (!SVG_NS.equals(e.getNamespaceURI())) {
            String lower = name.toLowerCase(Locale.ROOT);
            return "script".equals(lower) ? "a script" : "an element that is not SVG (<" + e.getNodeName() + ">)";
        }
        return switch (name) {
            case "script" -> "a script";
            case "foreignObject" -> "a foreignObject (web content inside the picture)";
            case "image", "feImage" -> "an embedded image (<" + name + ">); draw it in the SVG or upload it on its own";
            case "a" -> "a link (<a>)";
            case "animate", "set", "animateTransform", "animateMotion" -> "an animation (<" + name + ">)";
            case "iframe", "embed", "object", "audio", "video", "canvas" -> "embedded content (<" + name + ">)";
            case "style" -> safeCss(e.getTextContent()) ? null : "a <style> that loads something from outside the picture";
            default -> ELEMENTS.contains(name) ? null : "an element the platform does not show (<" + name + ">)";
        };
    }

    private static void copyAttribute(String element, Attr attr, Element copy, Set<String> removed) {
        String ns = attr.getNamespaceURI();
        String local = attr.getLocalName() == null ? attr.getName() : attr.getLocalName();
        String value = attr.getValue();
        if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)) {
            return;
        }
        if (XML_NS.equals(ns)) {
            if ("lang".equals(local) || "space".equals(local)) {
                copy.setAttributeNS(XML_NS, "xml:" + local, value);
            }
            return;
        }
        if (local.toLowerCase(Locale.ROOT).startsWith("on")) {
            removed.add("an event handler (" + attr.getName() + ")");
            return;
        }
        boolean href = "href".equals(local) && (ns == null || XLINK_NS.equals(ns));
        if (href) {
            if (LINKING.contains(element) && FRAGMENT.matcher(value.strip()).matches()) {
                copy.setAttribute("href", value.strip());
            } else {
                removed.add("a link to another document (href=\"" + shorten(value) + "\")");
            }
            return;
        }
        if (ns != null || !ATTRIBUTES.contains(local)) {
            // Editors' own attributes (inkscape:, sodipodi:, data-) carry nothing a reader needs.
            return;
        }
        if (!safeCss(value)) {
            removed.add("an attribute that loads something from outside the picture (" + local + "=\"" + shorten(value) + "\")");
            return;
        }
        copy.setAttribute(local, value);
    }

    /** CSS (an attribute value or a style sheet) that refers to nothing outside the picture. */
    static boolean safeCss(String css) {
        if (HOSTILE_CSS.matcher(css).find()) {
            return false;
        }
        if (css.indexOf('\\') >= 0) {
            return false; // A CSS escape can spell url( or javascript: past any check.
        }
        java.util.regex.Matcher m = URL.matcher(css);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            if (!FRAGMENT.matcher(m.group(2).strip()).matches()) {
                return false;
            }
            m.appendReplacement(rest, "");
        }
        m.appendTail(rest);
        return !rest.toString().toLowerCase(Locale.ROOT).contains("url(");
    }

    private static String shorten(String value) {
        String v = value.strip();
        return v.length() > 60 ? v.substring(0, 57) + "..." : v;
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("the SVG refers to another document (" + systemId + ")");
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document parse(byte[] input) {
        try {
            return builder().parse(new ByteArrayInputStream(input));
        } catch (SAXParseException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE")) {
                throw new IllegalArgumentException("the SVG has a DOCTYPE, which can hide entities; save it without one");
            }
            throw new IllegalArgumentException("the SVG cannot be read as XML (line " + e.getLineNumber() + ": " + message + ")");
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("the SVG cannot be read as XML (" + e.getMessage() + ")");
        }
    }

    private static byte[] write(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "no");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(bytes));
            return bytes.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
