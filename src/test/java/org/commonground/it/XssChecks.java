package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.commonground.content.control.ContentWriter;
import org.commonground.content.control.ModuleFile;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.CaseStudy;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.QuestionType;
import org.commonground.content.entity.Quiz;
import org.commonground.content.entity.Resource;
import org.commonground.content.entity.Review;
import org.commonground.content.entity.Unit;
import org.commonground.content.entity.Worksheet;
import org.commonground.content.entity.WorksheetPart;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;

/**
 * Script injection through every authored field. A module whose every field holds
 * payloads from src/test/resources/xss-payloads.txt is imported and published, more
 * payloads are saved through the editors, and a real browser opens every page that
 * shows them to learners, trainers and reviewers: no dialog opens, no payload's
 * script element, event handler or javascript: address survives.
 */
@Tag("browser")
abstract class XssChecks {

    private static final String SCAN = """
            const bad = [];
            for (const el of document.querySelectorAll('body *')) {
              for (const a of el.attributes) {
                const name = a.name.toLowerCase();
                const value = (a.value || '').replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
                if (name.startsWith('on')) bad.push(el.tagName + ' ' + name);
                if (name === 'srcdoc' || name === 'style' && value.includes('javascript:')) bad.push(el.tagName + ' ' + name);
                if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster'].includes(name)
                    && (value.startsWith('javascript:') || value.startsWith('data:text/html') || value.includes('example.org/xss'))) {
                  bad.push(el.tagName + ' ' + name + '=' + a.value);
                }
              }
              if (['IFRAME', 'OBJECT', 'EMBED', 'BASE', 'SVG', 'MATH', 'ISINDEX', 'X', 'MARQUEE', 'VIDEO', 'AUDIO']
                  .includes(el.tagName.toUpperCase())) bad.push('element ' + el.tagName);
              if (el.tagName === 'SCRIPT' && (el.textContent.includes('cg-xss') || (el.src || '').includes('example.org'))) {
                bad.push('script ' + el.outerHTML.substring(0, 80));
              }
              if (el.tagName === 'META' || el.tagName === 'LINK' || el.tagName === 'STYLE') bad.push('element in body ' + el.tagName);
            }
            return bad;""";

    @Test
    void noPayloadInAnyAuthoredFieldRunsOnAnyPage() throws IOException {
        List<String> payloads = payloads();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(50);
        People.Person trainer = Authoring.trainer();
        People.Person reviewer = Authoring.withRole("REVIEWER");
        Payloads next = new Payloads(payloads);
        Built built = module(next);

        trainer.browser().get("content/import.xhtml");
        WebClient.Page report = trainer.browser().upload("upload", "file", "xss.zip", Authoring.zip(built.files()), "check");
        assertThat(report.select("#problemTable")).as(report.text("#problemTable")).isEmpty();
        trainer.browser().submit("confirm", Map.of(), "submit");
        Authoring.editUnit(trainer.browser(), built.module(), 1, Map.of("body", next.get() + "\n\n" + next.get(), "summary", next.get()));
        Authoring.publish(trainer.browser(), built.module(), false);
        assertThat(trainer.browser().page().text(".messages")).contains("Published as version");
        assertThat(next.used()).as("every payload went into some field").isGreaterThanOrEqualTo(payloads.size());

        Authoring.module(trainer.browser(), built.module());
        trainer.browser().submit("startDraft", Map.of(), "submit");
        Authoring.sendToReviewer(trainer.browser(), built.module(), reviewer);
        String reviewLink = reviewer.browser().get("review/index.xhtml").select("#drafts a").first().attr("href")
                .replaceFirst("^.*/review/", "review/");
        String unitEditor = Authoring.editorLink(Authoring.module(trainer.browser(), built.module()), 1, "Text");
        String quizEditor = Authoring.editorLink(trainer.browser().page(), 1, "Quiz");
        String worksheetEditor = Authoring.editorLink(trainer.browser().page(), 1, "Worksheet");

        People.Person learner = People.newLearner();
        WebDriver driver = Browser.fresh();
        Browser.signIn(driver, learner);
        String m = "m=" + built.module() + "&u=" + built.unit();
        for (String path : List.of("learn/module.xhtml?m=" + built.module(), "learn/unit.xhtml?" + m, "learn/quiz.xhtml?" + m,
                "learn/worksheet.xhtml?" + m, "learn/index.xhtml")) {
            visit(driver, path);
        }
        Browser.open(driver, "learn/quiz.xhtml?" + m);
        driver.findElement(org.openqa.selenium.By.cssSelector("#quiz input[type=radio]")).click();
        driver.findElement(org.openqa.selenium.By.id("submitQuiz")).click();
        Browser.waiting(driver).until(d -> d.getCurrentUrl().contains("attempt") || d.getCurrentUrl().contains("problem="));
        assertThat(driver.getCurrentUrl()).as(driver.findElement(org.openqa.selenium.By.tagName("main")).getText())
                .contains("attempt");
        assertNothingRan(driver);
        assertThat(driver.findElement(org.openqa.selenium.By.tagName("main")).getText()).as("payloads show as text")
                .contains("cg-xss");

        Browser.signIn(Browser.fresh(), trainer);
        for (String path : List.of("content/index.xhtml", "content/module.xhtml?module=" + built.module(),
                "content/preview.xhtml?module=" + built.module(), unitEditor, quizEditor, worksheetEditor)) {
            visit(driver, path);
        }
        for (String editor : List.of(unitEditor, quizEditor, worksheetEditor)) {
            Browser.open(driver, editor);
            driver.findElement(org.openqa.selenium.By.cssSelector("input[id$=':preview']")).click();
            // The preview, or (where taking out raw HTML left a required field empty) the problems next to the fields.
            Browser.waiting(driver).until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#preview, #itemProblems")).isEmpty());
            assertNothingRan(driver);
        }
        Browser.signIn(Browser.fresh(), reviewer);
        visit(driver, reviewLink);
        visit(driver, "review/index.xhtml");
    }

    private static void visit(WebDriver driver, String path) {
        Browser.open(driver, path);
        Browser.waiting(driver).until(d -> !d.findElements(org.openqa.selenium.By.tagName("h1")).isEmpty());
        assertNothingRan(driver);
    }

    private static void assertNothingRan(WebDriver driver) {
        try {
            String text = driver.switchTo().alert().getText();
            fail("a dialog opened on " + driver.getCurrentUrl() + ": " + text);
        } catch (NoAlertPresentException expected) {
            // No dialog: what we want.
        }
        Object found = ((JavascriptExecutor) driver).executeScript(SCAN);
        assertThat((List<?>) found).as("markup that could run script on " + driver.getCurrentUrl()).isEmpty();
        assertThat(((JavascriptExecutor) driver).executeScript("return typeof window.cgXss")).isEqualTo("undefined");
    }

    private static List<String> payloads() throws IOException {
        try (InputStream in = XssChecks.class.getResourceAsStream("/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /** Hands out payloads in turn, two to a field, starting again when all are used. */
    private static final class Payloads implements Supplier<String> {
        private final List<String> all;
        private int next;

        Payloads(List<String> all) {
            this.all = all;
        }

        @Override
        public String get() {
            String two = all.get(next % all.size()) + " cg-xss " + all.get((next + 1) % all.size());
            next += 2;
            return two;
        }

        int used() {
            return next;
        }
    }

    private record Built(String module, String unit, Map<String, String> files) {
    }

    private static Built module(Payloads p) {
        String folder = "xss-" + UUID.randomUUID().toString().substring(0, 8);
        String moduleUuid = UUID.randomUUID().toString();
        Unit unit = new Unit(UUID.randomUUID().toString(), p.get(), 10, List.of(p.get(), p.get()),
                List.of(new CaseStudy(CaseStudy.Kind.CASE_STUDY, p.get(), p.get()), new CaseStudy(CaseStudy.Kind.SCENARIO, p.get(), p.get())),
                p.get(), List.of(new Resource(p.get(), p.get(), "https://example.org/\"><script>alert('cg-xss')</script>")), p.get());
        Quiz quiz = new Quiz(UUID.randomUUID().toString(), p.get(), 50, Quiz.AttemptRule.BEST, List.of(
                new Question(UUID.randomUUID().toString(), QuestionType.SINGLE, p.get(), p.get(), List.of(
                        new AnswerOption("a", p.get(), true, p.get(), 1), new AnswerOption("b", p.get(), false, p.get(), 1)))));
        Worksheet worksheet = new Worksheet(UUID.randomUUID().toString(), p.get(), p.get(), List.of(
                new WorksheetPart.Prompt(UUID.randomUUID().toString(), p.get(), p.get(), List.of(p.get(), p.get())),
                new WorksheetPart.Table(UUID.randomUUID().toString(), p.get(), p.get(),
                        List.of(new WorksheetPart.Column("partner", p.get(), false, List.of()),
                                new WorksheetPart.Column("level_today", p.get(), true, List.of(p.get(), p.get()))),
                        List.of(Map.of("partner", p.get())), true),
                new WorksheetPart.Checklist(UUID.randomUUID().toString(), p.get(),
                        List.of(new WorksheetPart.Item("one", p.get()), new WorksheetPart.Item("two", p.get())))));
        ModuleFile moduleFile = new ModuleFile(moduleUuid, p.get(), p.get(), "MATURING", p.get(), List.of(p.get(), p.get()),
                List.of(new Resource(p.get(), p.get(), "https://example.org/")),
                List.of(new Review(p.get(), p.get(), LocalDate.of(2026, 11, 1), p.get())),
                List.of(new ModuleFile.UnitRef(unit.uuid(), quiz.uuid(), worksheet.uuid(), "read")));
        Map<String, String> files = new TreeMap<>();
        files.put("modules/" + folder + "/module.yaml", moduleFile.write());
        files.put("content/units/" + folder + "/01-unit.md", ContentWriter.unit(unit));
        files.put("content/quizzes/" + folder + "/01-quiz.yaml", ContentWriter.quiz(quiz));
        files.put("content/worksheets/" + folder + "/01-worksheet.yaml", ContentWriter.worksheet(worksheet));
        return new Built(moduleUuid, unit.uuid(), files);
    }
}
