package org.commonground.content.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.CaseStudy;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.QuestionType;
import org.commonground.content.entity.Quiz;
import org.commonground.content.entity.QuizRules;
import org.commonground.content.entity.Unit;
import org.commonground.content.entity.Worksheet;
import org.commonground.content.entity.WorksheetPart;

/** Reads units, quizzes and worksheets, checking each against the format in content/README.md. */
final class ItemReader {

    private final MarkdownRenderer markdown;

    ItemReader(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    Optional<Item<Unit>> unit(String path, String text, List<Problem> problems) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            problems.add(new Problem(path, 1, "", "a unit starts with front matter: a line '---', the fields, and another '---'"));
            return Optional.empty();
        }
        int end = normalised.indexOf("\n---\n", 3);
        if (end < 0 && normalised.endsWith("\n---")) {
            end = normalised.length() - 4;
        }
        if (end < 0) {
            problems.add(new Problem(path, 1, "", "the front matter has no closing '---' line"));
            return Optional.empty();
        }
        String front = normalised.substring(4, end + 1);
        String body = end + 5 <= normalised.length() ? normalised.substring(end + 5) : "";
        int bodyLine = (int) front.chars().filter(c -> c == '\n').count() + 3;
        Optional<Fields> root = ContentParser.Yamls.root(path, front, 1, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Fields f = root.get();
        f.allow(Set.of("uuid", "title", "minutes", "objectives", "cases", "summary", "resources"));
        String uuid = ContentParser.Yamls.uuid(f);
        List<String> objectives = f.texts("objectives", true);
        if (objectives.size() > 8) {
            f.problem("objectives", "at most 8 objectives; a unit with more should be split");
        }
        List<CaseStudy> cases = new ArrayList<>();
        for (Fields c : f.list("cases", false)) {
            c.allow(Set.of("kind", "title", "body"));
            CaseStudy.Kind kind = c.choice("kind", CaseStudy.Kind.class).orElse(CaseStudy.Kind.SCENARIO);
            String caseBody = c.text("body");
            checkImages(c, "body", caseBody, problems, path);
            cases.add(new CaseStudy(kind, c.text("title"), caseBody));
        }
        String summary = f.text("summary");
        if (body.isBlank()) {
            problems.add(new Problem(path, bodyLine, "body", "the unit has no teaching text after the front matter"));
        }
        for (int line : markdown.imagesWithoutAltText(body)) {
            problems.add(new Problem(path, bodyLine + line - 1, "body", "image without alt text: describe it in ![...]"));
        }
        Unit unit = new Unit(uuid, f.text("title"), f.integer("minutes", 1, 120), objectives, cases, summary,
                ContentParser.Yamls.resources(f), body.strip());
        return Optional.of(new Item<>(uuid, path, unit, Map.of(uuid, f.line())));
    }

    private void checkImages(Fields owner, String field, String text, List<Problem> problems, String path) {
        if (!markdown.imagesWithoutAltText(text).isEmpty()) {
            owner.problem(field, "image without alt text: describe it in ![...]");
        }
    }

    Optional<Item<Quiz>> quiz(String path, String text, List<Problem> problems) {
        Optional<Fields> root = ContentParser.Yamls.root(path, text, 0, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Fields f = root.get();
        f.allow(Set.of("uuid", "title", "pass_mark", "counts", "review", "attempts", "shuffle", "draw", "questions"));
        String uuid = ContentParser.Yamls.uuid(f);
        Map<String, Integer> uuids = new LinkedHashMap<>();
        uuids.put(uuid, f.line());
        int passMark = f.integer("pass_mark", 0, 100);
        Quiz.AttemptRule counts = f.choice("counts", Quiz.AttemptRule.class).orElse(Quiz.AttemptRule.BEST);
        List<Question> questions = new ArrayList<>();
        for (Fields q : f.list("questions", true)) {
            questions.add(question(q, uuids));
        }
        QuizRules rules = rules(f, questions);
        return Optional.of(new Item<>(uuid, path, new Quiz(uuid, f.text("title"), passMark, counts, questions, rules), uuids));
    }

    /** The quiz's optional review, attempts, shuffle and draw fields; each left out keeps its default. */
    private static QuizRules rules(Fields f, List<Question> questions) {
        QuizRules d = QuizRules.DEFAULT;
        Optional<Fields> review = f.nested("review");
        review.ifPresent(r -> r.allow(Set.of("after_fail", "after_last", "after_pass")));
        QuizRules.Review afterFail = review.flatMap(r -> level(r, "after_fail")).orElse(d.afterFail());
        QuizRules.Review afterLast = review.flatMap(r -> level(r, "after_last")).orElse(d.afterLast());
        QuizRules.Review afterPass = review.flatMap(r -> level(r, "after_pass")).orElse(d.afterPass());
        Optional<Fields> attempts = f.nested("attempts");
        attempts.ifPresent(a -> a.allow(Set.of("max", "wait_hours")));
        Integer max = attempts.flatMap(a -> a.optionalInteger("max", 1, 100)).orElse(null);
        Integer wait = attempts.flatMap(a -> a.optionalInteger("wait_hours", 0, 24 * 365)).orElse(null);
        boolean shuffle = f.has("shuffle") ? f.bool("shuffle", true) : d.shuffle();
        Optional<Fields> draw = f.nested("draw");
        draw.ifPresent(a -> a.allow(Set.of("questions", "tag")));
        Integer count = draw.map(a -> a.integer("questions", 1, 100)).orElse(null);
        String tag = draw.flatMap(a -> a.optionalText("tag")).orElse(null);
        // A draw by tag may take questions from the module's other quizzes: the module checks that pool.
        if (count != null && tag == null) {
            long pool = questions.size();
            if (pool < count) {
                f.problem("draw", "draws " + count + " questions from a pool of " + pool);
            }
        }
        return new QuizRules(afterFail, afterLast, afterPass, max, wait, shuffle, count, tag);
    }

    private static Optional<QuizRules.Review> level(Fields review, String key) {
        return review.has(key) ? review.choice(key, QuizRules.Review.class) : Optional.empty();
    }

    private Question question(Fields q, Map<String, Integer> uuids) {
        q.allow(Set.of("uuid", "type", "text", "explanation", "tags", "options"));
        String uuid = ContentParser.Yamls.uuid(q);
        if (uuids.putIfAbsent(uuid, q.line()) != null) {
            q.problem("uuid", "uuid " + uuid + " is used twice in this quiz");
        }
        QuestionType type = q.choice("type", QuestionType.class).orElse(QuestionType.MULTI);
        List<AnswerOption> options = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Fields o : q.list("options", true)) {
            o.allow(Set.of("key", "text", "correct", "feedback", "weight", "pinned"));
            String key = o.text("key");
            if (!key.isEmpty() && !keys.add(key)) {
                o.problem("key", "option key '" + key + "' is used twice in this question");
            }
            options.add(new AnswerOption(key, o.text("text"), o.bool("correct", null), o.text("feedback"),
                    o.positiveNumber("weight", 1), o.bool("pinned", false)));
        }
        long correct = options.stream().filter(AnswerOption::correct).count();
        if (options.size() < 2 && !options.isEmpty()) {
            q.problem("options", "a question needs at least two options");
        }
        if (!options.isEmpty() && correct == 0) {
            q.problem("options", "no option is marked correct: true");
        }
        if ((type == QuestionType.SINGLE || type == QuestionType.TRUE_FALSE) && correct > 1) {
            q.problem("options", "a " + type.name().toLowerCase(java.util.Locale.ROOT) + " question has exactly one correct option, not " + correct);
        }
        if (type == QuestionType.TRUE_FALSE && !keys.equals(Set.of("true", "false"))) {
            q.problem("options", "a true_false question has exactly the two options with keys true and false");
        }
        return new Question(uuid, type, q.text("text"), q.text("explanation"), options, q.texts("tags", false));
    }

    Optional<Item<Worksheet>> worksheet(String path, String text, List<Problem> problems) {
        Optional<Fields> root = ContentParser.Yamls.root(path, text, 0, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Fields f = root.get();
        f.allow(Set.of("uuid", "title", "intro", "parts"));
        String uuid = ContentParser.Yamls.uuid(f);
        Map<String, Integer> uuids = new LinkedHashMap<>();
        uuids.put(uuid, f.line());
        List<WorksheetPart> parts = new ArrayList<>();
        for (Fields p : f.list("parts", true)) {
            part(p, uuids).ifPresent(parts::add);
        }
        return Optional.of(new Item<>(uuid, path,
                new Worksheet(uuid, f.text("title"), f.optionalText("intro").orElse(""), parts), uuids));
    }

    private Optional<WorksheetPart> part(Fields p, Map<String, Integer> uuids) {
        Optional<String> type = p.optionalText("type");
        if (type.isEmpty()) {
            p.text("type");
            return Optional.empty();
        }
        String uuid;
        WorksheetPart part;
        switch (type.get()) {
            case "prompt" -> {
                p.allow(Set.of("type", "uuid", "text", "guidance", "tags"));
                uuid = ContentParser.Yamls.uuid(p);
                part = new WorksheetPart.Prompt(uuid, p.text("text"), p.optionalText("guidance").orElse(""),
                        p.texts("tags", false));
            }
            case "table" -> {
                p.allow(Set.of("type", "uuid", "title", "guidance", "columns", "rows", "open_rows"));
                uuid = ContentParser.Yamls.uuid(p);
                part = table(p, uuid);
            }
            case "checklist" -> {
                p.allow(Set.of("type", "uuid", "title", "items"));
                uuid = ContentParser.Yamls.uuid(p);
                List<WorksheetPart.Item> items = new ArrayList<>();
                Set<String> keys = new HashSet<>();
                for (Fields i : p.list("items", true)) {
                    i.allow(Set.of("key", "text"));
                    String key = i.text("key");
                    if (!key.isEmpty() && !keys.add(key)) {
                        i.problem("key", "item key '" + key + "' is used twice in this checklist");
                    }
                    items.add(new WorksheetPart.Item(key, i.text("text")));
                }
                part = new WorksheetPart.Checklist(uuid, p.text("title"), items);
            }
            default -> {
                p.problem("type", "'" + type.get() + "' is not one of prompt, table, checklist");
                return Optional.empty();
            }
        }
        if (uuids.putIfAbsent(uuid, p.line()) != null) {
            p.problem("uuid", "uuid " + uuid + " is used twice in this worksheet");
        }
        return Optional.of(part);
    }

    private WorksheetPart.Table table(Fields p, String uuid) {
        List<WorksheetPart.Column> columns = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Fields c : p.list("columns", true)) {
            c.allow(Set.of("key", "label", "type", "choices"));
            String key = c.text("key");
            if (!key.isEmpty() && !keys.add(key)) {
                c.problem("key", "column key '" + key + "' is used twice in this table");
            }
            String kind = c.optionalText("type").orElse("text");
            boolean choice = kind.equals("choice");
            if (!choice && !kind.equals("text")) {
                c.problem("type", "'" + kind + "' is not one of text, choice");
            }
            List<String> choices = c.texts("choices", choice);
            if (!choice && !choices.isEmpty()) {
                c.problem("choices", "only a choice column has choices");
            }
            columns.add(new WorksheetPart.Column(key, c.text("label"), choice, choices));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (Fields r : p.list("rows", false)) {
            Map<String, String> row = r.stringMap(r);
            for (String key : row.keySet()) {
                if (!keys.contains(key)) {
                    r.problem(key, "no column with key '" + key + "'");
                }
            }
            rows.add(row);
        }
        boolean open = p.bool("open_rows", false);
        if (rows.isEmpty() && !open) {
            p.problemHere("a table with no given rows must have open_rows: true");
        }
        return new WorksheetPart.Table(uuid, p.text("title"), p.optionalText("guidance").orElse(""), columns, rows, open);
    }
}
