package org.commonground.authoring.control;

import java.util.List;
import java.util.function.UnaryOperator;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.CaseStudy;
import org.commonground.content.entity.ModuleUnit;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.Quiz;
import org.commonground.content.entity.Resource;
import org.commonground.content.entity.Unit;
import org.commonground.content.entity.Worksheet;
import org.commonground.content.entity.WorksheetPart;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The page of one SCO (a unit): its text, case studies, summary and reading, its
 * worksheet (answers kept in the learning system's suspend data only) and its quiz,
 * whose key travels in the page as data attributes so the package marks it offline.
 * Built with jsoup's document model, so text is escaped by the library; the unit's
 * Markdown arrives already rendered and sanitised by the platform's renderer.
 */
public final class ScormPages {

    /** The script and style every page links to, in the package's root. */
    public static final String SCRIPT = "scorm.js";
    public static final String STYLE = "scorm.css";

    private ScormPages() {
    }

    /**
     * The HTML of a unit's page. {@code html} turns Markdown into safe HTML; {@code number}
     * counts from 1.
     */
    public static String unit(String moduleTitle, ModuleUnit moduleUnit, int number, int of, UnaryOperator<String> html) {
        Unit unit = moduleUnit.unit();
        Document page = Document.createShell("");
        page.insertChildren(0, new DocumentType("html", "", ""));
        page.outputSettings().prettyPrint(false);
        Element root = page.selectFirst("html").attr("lang", "en-GB");
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(unit.title() + " - " + moduleTitle);
        head.appendElement("link").attr("rel", "stylesheet").attr("href", STYLE);
        Element body = page.body().attr("data-complete", moduleUnit.completeWhen().name());
        root.attr("dir", "ltr");

        Element main = body.appendElement("main").id("main");
        main.appendElement("p").addClass("module").text(moduleTitle + ": unit " + number + " of " + of);
        main.appendElement("h1").text(unit.title());
        main.appendElement("p").id("lms-status").attr("role", "status").attr("aria-live", "polite");

        if (!unit.objectives().isEmpty()) {
            Element list = section(main, "objectives", "What you will learn").appendElement("ul");
            unit.objectives().forEach(o -> list.appendElement("li").text(o));
        }
        main.appendElement("section").addClass("unit-text").attr("aria-label", "The unit").append(html.apply(unit.body()));
        for (int i = 0; i < unit.cases().size(); i++) {
            CaseStudy c = unit.cases().get(i);
            section(main, "case-" + (i + 1), c.kind().getLabel() + ": " + c.title()).append(html.apply(c.body()));
        }
        if (unit.summary() != null && !unit.summary().isBlank()) {
            section(main, "summary", "Summary").append(html.apply(unit.summary()));
        }
        if (!unit.resources().isEmpty()) {
            Element list = section(main, "reading", "Further reading").appendElement("ul");
            for (Resource r : unit.resources()) {
                Element item = list.appendElement("li");
                if (r.url() != null && r.url().startsWith("https://")) {
                    item.appendElement("a").attr("href", r.url()).attr("rel", "noopener noreferrer").text(r.title());
                } else {
                    item.appendText(r.title());
                }
                if (r.publisher() != null && !r.publisher().isBlank()) {
                    item.appendText(", " + r.publisher());
                }
            }
        }
        moduleUnit.worksheet().ifPresent(w -> worksheet(main, w, moduleUnit, html));
        moduleUnit.quiz().ifPresent(q -> quiz(main, q));
        if (moduleUnit.quiz().isEmpty() && moduleUnit.worksheet().isEmpty()
                || moduleUnit.completeWhen() == org.commonground.content.entity.CompletionRule.READ) {
            Element done = section(main, "finish", "Finish this unit");
            done.appendElement("button").attr("type", "button").id("mark-read").addClass("button").text("I have read this unit");
        }
        body.appendElement("script").attr("src", SCRIPT);
        return page.outerHtml();
    }

    private static Element section(Element main, String id, String heading) {
        Element section = main.appendElement("section").id(id).attr("aria-labelledby", id + "-heading");
        section.appendElement("h2").id(id + "-heading").text(heading);
        return section;
    }

    private static void worksheet(Element main, Worksheet worksheet, ModuleUnit moduleUnit, UnaryOperator<String> html) {
        Element section = section(main, "worksheet", "Worksheet: " + worksheet.title());
        section.appendElement("p").addClass("note").text("Your answers are kept only in this learning system, with your"
                + " progress in this unit, so you can come back to them. They are not sent anywhere else.");
        if (worksheet.intro() != null) {
            section.append(html.apply(worksheet.intro()));
        }
        int n = 0;
        for (WorksheetPart part : worksheet.parts()) {
            n++;
            String id = "ws" + n;
            if (part instanceof WorksheetPart.Prompt prompt) {
                Element field = section.appendElement("div").addClass("field");
                field.appendElement("label").attr("for", id).text(prompt.text());
                Element area = field.appendElement("textarea").id(id).attr("name", id).attr("rows", "5")
                        .attr("data-keep", id).attr("maxlength", "600");
                if (prompt.guidance() != null && !prompt.guidance().isBlank()) {
                    field.appendElement("p").id(id + "-hint").addClass("hint").text(prompt.guidance());
                    area.attr("aria-describedby", id + "-hint");
                }
            } else if (part instanceof WorksheetPart.Checklist checklist) {
                Element set = section.appendElement("fieldset");
                set.appendElement("legend").text(checklist.title());
                int i = 0;
                for (WorksheetPart.Item item : checklist.items()) {
                    String box = id + "-" + (++i);
                    Element row = set.appendElement("div").addClass("option");
                    row.appendElement("input").attr("type", "checkbox").id(box).attr("name", box).attr("data-keep", box);
                    row.appendElement("label").attr("for", box).text(item.text());
                }
            } else if (part instanceof WorksheetPart.Table table) {
                Element set = section.appendElement("fieldset");
                set.appendElement("legend").text(table.title());
                if (table.guidance() != null && !table.guidance().isBlank()) {
                    set.appendElement("p").addClass("hint").text(table.guidance());
                }
                table(set, table, id);
            }
        }
        if (moduleUnit.completeWhen() == org.commonground.content.entity.CompletionRule.WORKSHEET_SUBMITTED) {
            section.appendElement("button").attr("type", "button").id("worksheet-done").addClass("button")
                    .text("I have finished the worksheet");
        }
    }

    /** A table as one group of fields per row: the given cells as text, the others to fill in; one more row if rows are open. */
    private static void table(Element set, WorksheetPart.Table table, String id) {
        List<java.util.Map<String, String>> rows = new java.util.ArrayList<>(table.rows());
        if (table.openRows() || rows.isEmpty()) {
            rows.add(java.util.Map.of());
        }
        for (int r = 0; r < rows.size(); r++) {
            java.util.Map<String, String> given = rows.get(r);
            String rowName = given.isEmpty() ? "Row " + (r + 1) : given.values().iterator().next();
            Element group = set.appendElement("div").addClass("table-row").attr("role", "group")
                    .attr("aria-label", rowName);
            group.appendElement("p").addClass("row-name").text(rowName);
            int c = 0;
            for (WorksheetPart.Column column : table.columns()) {
                String cell = id + "-" + (r + 1) + "-" + (++c);
                String value = given.get(column.key());
                Element field = group.appendElement("div").addClass("field");
                if (value != null) {
                    field.appendElement("p").text(column.label() + ": " + value);
                    continue;
                }
                field.appendElement("label").attr("for", cell).text(column.label());
                if (column.choice()) {
                    Element select = field.appendElement("select").id(cell).attr("name", cell).attr("data-keep", cell);
                    select.appendElement("option").attr("value", "").text("Choose");
                    column.choices().forEach(choice -> select.appendElement("option").attr("value", choice).text(choice));
                } else {
                    field.appendElement("input").attr("type", "text").id(cell).attr("name", cell).attr("data-keep", cell)
                            .attr("maxlength", "200");
                }
            }
        }
    }

    private static void quiz(Element main, Quiz quiz) {
        Element section = section(main, "quiz", "Quiz: " + quiz.title());
        section.appendElement("p").text("Pass mark: " + quiz.passMark() + "%. Your answers are marked on this page.");
        Element form = section.appendElement("form").id("quiz-form").attr("data-pass", Integer.toString(quiz.passMark()))
                .attr("novalidate", "");
        List<Question> questions = quiz.questions();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            String name = "q" + (i + 1);
            Element set = form.appendElement("fieldset").addClass("question").attr("data-question", name);
            set.appendElement("legend").text((i + 1) + ". " + question.text()
                    + (question.type().isMultiple() ? " (choose every answer that is right)" : ""));
            int o = 0;
            for (AnswerOption option : question.options()) {
                String id = name + "-" + (++o);
                Element row = set.appendElement("div").addClass("option");
                row.appendElement("input").attr("type", question.type().isMultiple() ? "checkbox" : "radio").id(id)
                        .attr("name", name).attr("value", Integer.toString(o))
                        .attr("data-correct", Boolean.toString(option.correct()))
                        .attr("data-weight", Double.toString(option.weight()));
                row.appendElement("label").attr("for", id).text(option.text());
            }
            set.appendElement("p").addClass("verdict").attr("data-verdict", name);
        }
        form.appendElement("button").attr("type", "submit").id("quiz-submit").addClass("button").text("Mark my answers");
        section.appendElement("p").id("quiz-result").attr("role", "status").attr("aria-live", "polite");
    }
}
