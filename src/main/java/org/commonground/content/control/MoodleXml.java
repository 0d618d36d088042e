package org.commonground.content.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.QuestionType;
import org.commonground.content.entity.Quiz;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Moodle XML (docs.moodle.org/en/Moodle_XML_format), read and written with the JDK's
 * XML parser (no DTDs, no external entities): {@code multichoice} (one answer when
 * {@code single} is true, several with fractions when false), {@code truefalse}, the
 * answers' feedback, {@code generalfeedback}, and {@code category} questions, whose
 * path becomes a tag. Other question types are reported by name, not imported.
 */
public final class MoodleXml {

    private MoodleXml() {
    }

    /** Reads a Moodle XML file into questions for the quiz with this uuid; nothing in it is saved. */
    public static QuestionBank.Imported read(String file, byte[] xml, String quizUuid) {
        List<Question> questions = new ArrayList<>();
        List<Problem> skipped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Document document;
        try {
            document = parser().parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            skipped.add(new Problem(file, e.getLineNumber(), "", "not well-formed XML: " + e.getMessage()));
            return new QuestionBank.Imported(questions, skipped, notes);
        } catch (SAXException | IOException e) {
            skipped.add(new Problem(file, 0, "", "not readable as XML: " + e.getMessage()));
            return new QuestionBank.Imported(questions, skipped, notes);
        }
        Element root = document.getDocumentElement();
        if (!root.getTagName().equals("quiz")) {
            skipped.add(new Problem(file, 0, "", "a Moodle XML file starts with <quiz>, not <" + root.getTagName() + ">"));
            return new QuestionBank.Imported(questions, skipped, notes);
        }
        String category = null;
        int index = 0;
        for (Element q : children(root, "question")) {
            index++;
            String type = q.getAttribute("type");
            if (type.equals("category")) {
                category = text(child(q, "category"));
                continue;
            }
            String name = text(child(q, "name"));
            String label = QuestionBank.shortName(name, text(child(q, "questiontext")));
            String where = "question " + index + " '" + label + "'";
            try {
                Question read = switch (type) {
                    case "multichoice" -> multichoice(q, quizUuid, name, label, category);
                    case "truefalse" -> trueFalse(q, quizUuid, name, label, category);
                    default -> throw new IllegalArgumentException("a " + type + " question: not a question the platform has");
                };
                questions.add(QuestionBank.complete(read, label, notes));
            } catch (IllegalArgumentException e) {
                skipped.add(new Problem(file, 0, where, e.getMessage()));
            }
        }
        return new QuestionBank.Imported(questions, skipped, notes);
    }

    private static Question multichoice(Element q, String quizUuid, String name, String label, String category) {
        boolean single = !"false".equalsIgnoreCase(text(child(q, "single")).strip()) && !text(child(q, "single")).strip().equals("0");
        List<AnswerOption> options = new ArrayList<>();
        for (Element a : children(q, "answer")) {
            double fraction = fraction(a, label);
            String optionText = html(text(a), a);
            options.add(new AnswerOption(QuestionBank.key(options.size()), optionText, fraction > 0,
                    html(text(child(a, "feedback")), child(a, "feedback")), single || fraction == 0 ? 1 : Math.abs(fraction)));
        }
        if (options.size() < 2) {
            throw new IllegalArgumentException("a question needs at least two answers");
        }
        long right = options.stream().filter(AnswerOption::correct).count();
        if (right == 0) {
            throw new IllegalArgumentException("no answer has a positive fraction");
        }
        if (single && (right > 1 || children(q, "answer").stream().anyMatch(a -> fraction(a, label) > 0 && fraction(a, label) < 100))) {
            throw new IllegalArgumentException("partial credit in a one-answer question: the platform's one-answer questions have one right answer");
        }
        return new Question(QuestionBank.uuidFor(uuidName(q, name), quizUuid, label), single ? QuestionType.SINGLE : QuestionType.MULTI,
                html(text(child(q, "questiontext")), child(q, "questiontext")), html(text(child(q, "generalfeedback")),
                        child(q, "generalfeedback")), options, QuestionBank.tags(category, tags(q)));
    }

    /** The question's own {@code <tags>}: each {@code <tag><text>}. */
    private static List<String> tags(Element q) {
        return children(child(q, "tags"), "tag").stream().map(MoodleXml::text).toList();
    }

    private static Question trueFalse(Element q, String quizUuid, String name, String label, String category) {
        AnswerOption yes = null;
        AnswerOption no = null;
        for (Element a : children(q, "answer")) {
            String value = text(a).strip().toLowerCase(java.util.Locale.ROOT);
            boolean right = fraction(a, label) > 0;
            String feedback = html(text(child(a, "feedback")), child(a, "feedback"));
            if (value.equals("true")) {
                yes = new AnswerOption("true", "True", right, feedback, 1);
            } else if (value.equals("false")) {
                no = new AnswerOption("false", "False", right, feedback, 1);
            }
        }
        if (yes == null || no == null || yes.correct() == no.correct()) {
            throw new IllegalArgumentException("a true/false question needs a true and a false answer, exactly one of them right");
        }
        return new Question(QuestionBank.uuidFor(uuidName(q, name), quizUuid, label), QuestionType.TRUE_FALSE,
                html(text(child(q, "questiontext")), child(q, "questiontext")), html(text(child(q, "generalfeedback")),
                        child(q, "generalfeedback")), List.of(yes, no), QuestionBank.tags(category, tags(q)));
    }

    /** The question's id number when it is a uuid (the platform writes it so), otherwise its name. */
    private static String uuidName(Element q, String name) {
        String id = text(child(q, "idnumber")).strip();
        return id.matches("[0-9a-f-]{36}") ? id : name;
    }

    private static double fraction(Element answer, String label) {
        try {
            return Double.parseDouble(answer.getAttribute("fraction").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("an answer's fraction is not a number: '" + answer.getAttribute("fraction") + "'");
        }
    }

    /** Text of an HTML-format field as plain text, its meaning kept (see {@link HtmlText}); other formats as they are. */
    private static String html(String text, Element field) {
        if (field == null || !"html".equals(field.getAttribute("format"))) {
            return text.strip();
        }
        return HtmlText.plain(text);
    }

    /** The {@code <text>} inside an element, or "". */
    private static String text(Element element) {
        if (element == null) {
            return "";
        }
        Element text = child(element, "text");
        return text == null ? element.getTextContent() : text.getTextContent();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a quiz as Moodle XML; each question's id number and name are its uuid, so it keeps it through Moodle and back. */
    public static QuestionBank.Exported write(Quiz quiz) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element root = doc.createElement("quiz");
            doc.appendChild(root);
            root.appendChild(doc.createComment(" " + quiz.title().replace("--", "- -") + " (Common Ground quiz " + quiz.uuid() + ") "));
            List<String> roundings = new ArrayList<>();
            String category = null;
            for (Question q : quiz.questions()) {
                String tag = q.tags().isEmpty() ? "" : q.tags().get(0);
                if (!tag.equals(category == null ? "" : category)) {
                    Element cat = add(root, "question");
                    cat.setAttribute("type", "category");
                    textIn(add(cat, "category"), "$course$/top" + (tag.isEmpty() ? "" : "/" + tag));
                    category = tag;
                }
                root.appendChild(question(doc, q, roundings));
            }
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return new QuestionBank.Exported(out.toString(), roundings);
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element question(Document doc, Question q, List<String> roundings) {
        Element question = doc.createElement("question");
        boolean trueFalse = q.type() == QuestionType.TRUE_FALSE;
        question.setAttribute("type", trueFalse ? "truefalse" : "multichoice");
        textIn(add(question, "name"), q.uuid());
        formatted(add(question, "questiontext"), q.text());
        formatted(add(question, "generalfeedback"), q.explanation());
        add(question, "defaultgrade").setTextContent("1");
        add(question, "penalty").setTextContent("0");
        add(question, "hidden").setTextContent("0");
        add(question, "idnumber").setTextContent(q.uuid());
        if (!trueFalse) {
            add(question, "single").setTextContent(Boolean.toString(!q.type().isMultiple()));
            add(question, "shuffleanswers").setTextContent("true");
            add(question, "answernumbering").setTextContent("none");
        }
        if (!q.tags().isEmpty()) {
            Element tags = add(question, "tags");
            q.tags().forEach(tag -> textIn(add(tags, "tag"), tag));
        }
        List<Double> grades = trueFalse ? null : QuestionBank.grades(q, q.uuid(), roundings);
        for (int i = 0; i < q.options().size(); i++) {
            AnswerOption o = q.options().get(i);
            Element answer = add(question, "answer");
            answer.setAttribute("fraction", trueFalse ? (o.correct() ? "100" : "0") : QuestionBank.grade(grades.get(i)));
            answer.setAttribute("format", trueFalse ? "moodle_auto_format" : "markdown");
            textIn(answer, trueFalse ? o.key() : o.text());
            formatted(add(answer, "feedback"), o.feedback());
        }
        return question;
    }

    private static Element add(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElement(name);
        parent.appendChild(child);
        return child;
    }

    private static void textIn(Element parent, String text) {
        add(parent, "text").setTextContent(text);
    }

    private static void formatted(Element field, String text) {
        field.setAttribute("format", "markdown");
        textIn(field, text);
    }
}
