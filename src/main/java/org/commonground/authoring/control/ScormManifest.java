package org.commonground.authoring.control;

import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The {@code imsmanifest.xml} of a SCORM 1.2 package (ADL SCORM 1.2 Content Aggregation
 * Model): one organization with an item per unit, a SCO resource per unit that lists its
 * files, and one shared asset resource (the script and style every SCO uses). Written
 * with StAX, so every title and path is escaped by the XML writer.
 */
public final class ScormManifest {

    static final String IMSCP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    static final String ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String SHARED = "SHARED";
    /** The schema's longest title. */
    static final int TITLE_LIMIT = 200;

    private ScormManifest() {
    }

    /** One SCO: its item title, the page it starts at, every file it needs, and the pass mark of its quiz (or null). */
    public record Sco(String title, String href, List<String> files, Integer masteryScore) {
    }

    public static byte[] write(String identifier, String title, List<Sco> scos, List<String> sharedFiles) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(IMSCP);
            xml.setPrefix("adlcp", ADLCP);
            xml.setPrefix("xsi", XSI);
            xml.writeStartElement(IMSCP, "manifest");
            xml.writeDefaultNamespace(IMSCP);
            xml.writeNamespace("adlcp", ADLCP);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute("identifier", identifier);
            xml.writeAttribute("version", "1.2");
            xml.writeAttribute(XSI, "schemaLocation", IMSCP + " imscp_rootv1p1p2.xsd " + ADLCP + " adlcp_rootv1p2.xsd");

            xml.writeStartElement(IMSCP, "metadata");
            text(xml, IMSCP, "schema", "ADL SCORM");
            text(xml, IMSCP, "schemaversion", "1.2");
            xml.writeEndElement();

            xml.writeStartElement(IMSCP, "organizations");
            xml.writeAttribute("default", "ORG-1");
            xml.writeStartElement(IMSCP, "organization");
            xml.writeAttribute("identifier", "ORG-1");
            xml.writeAttribute("structure", "hierarchical");
            text(xml, IMSCP, "title", shorten(title));
            for (int i = 0; i < scos.size(); i++) {
                Sco sco = scos.get(i);
                xml.writeStartElement(IMSCP, "item");
                xml.writeAttribute("identifier", "ITEM-" + (i + 1));
                xml.writeAttribute("identifierref", "RES-" + (i + 1));
                xml.writeAttribute("isvisible", "true");
                text(xml, IMSCP, "title", shorten(sco.title()));
                if (sco.masteryScore() != null) {
                    text(xml, ADLCP, "masteryscore", sco.masteryScore().toString());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();

            xml.writeStartElement(IMSCP, "resources");
            for (int i = 0; i < scos.size(); i++) {
                Sco sco = scos.get(i);
                xml.writeStartElement(IMSCP, "resource");
                xml.writeAttribute("identifier", "RES-" + (i + 1));
                xml.writeAttribute("type", "webcontent");
                xml.writeAttribute(ADLCP, "scormtype", "sco");
                xml.writeAttribute("href", sco.href());
                for (String file : sco.files()) {
                    file(xml, file);
                }
                xml.writeEmptyElement(IMSCP, "dependency");
                xml.writeAttribute("identifierref", SHARED);
                xml.writeEndElement();
            }
            xml.writeStartElement(IMSCP, "resource");
            xml.writeAttribute("identifier", SHARED);
            xml.writeAttribute("type", "webcontent");
            xml.writeAttribute(ADLCP, "scormtype", "asset");
            for (String file : sharedFiles) {
                file(xml, file);
            }
            xml.writeEndElement();
            xml.writeEndElement();

            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the manifest could not be written", e);
        }
        return bytes.toByteArray();
    }

    private static void file(XMLStreamWriter xml, String href) throws XMLStreamException {
        xml.writeEmptyElement(IMSCP, "file");
        xml.writeAttribute("href", href);
    }

    private static void text(XMLStreamWriter xml, String namespace, String name, String value) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static String shorten(String title) {
        String plain = title == null ? "" : title.strip();
        return plain.length() <= TITLE_LIMIT ? plain : plain.substring(0, TITLE_LIMIT - 1) + "\u2026";
    }
}
