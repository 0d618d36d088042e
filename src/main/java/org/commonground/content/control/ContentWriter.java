package org.commonground.content.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.CaseStudy;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.Quiz;
import org.commonground.content.entity.QuizRules;
import org.commonground.content.entity.Resource;
import org.commonground.content.entity.ModuleChange;
import org.commonground.content.entity.Review;
import org.commonground.content.entity.Unit;
import org.commonground.content.entity.Worksheet;
import org.commonground.content.entity.WorksheetPart;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes items back in the file format of content/README.md, so what a trainer
 * edits in the browser is the same thing as a file in the repository, read by the
 * same parser. Comments in a file edited in the browser are not kept.
 */
public final class ContentWriter {

    private ContentWriter() {
    }

    public static String unit(Unit unit) {
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("uuid", unit.uuid());
        front.put("title", unit.title());
        front.put("minutes", unit.minutes());
        front.put("objectives", unit.objectives());
        if (!unit.cases().isEmpty()) {
            List<Map<String, Object>> cases = new ArrayList<>();
            for (CaseStudy c : unit.cases()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("kind", lower(c.kind()));
                entry.put("title", c.title());
                entry.put("body", c.body());
                cases.add(entry);
            }
            front.put("cases", cases);
        }
        front.put("summary", unit.summary());
        putResources(front, unit.resources());
        return "---\n" + yaml(front) + "---\n\n" + unit.body().strip() + "\n";
    }

    public static String quiz(Quiz quiz) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("uuid", quiz.uuid());
        root.put("title", quiz.title());
        root.put("pass_mark", quiz.passMark());
        root.put("counts", lower(quiz.counts()));
        putRules(root, quiz.rules());
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Question q : quiz.questions()) {
            Map<String, Object> question = new LinkedHashMap<>();
            question.put("uuid", q.uuid());
            question.put("type", lower(q.type()));
            question.put("text", q.text());
            question.put("explanation", q.explanation());
            if (!q.tags().isEmpty()) {
                question.put("tags", q.tags());
            }
            List<Map<String, Object>> options = new ArrayList<>();
            for (AnswerOption o : q.options()) {
                Map<String, Object> option = new LinkedHashMap<>();
                option.put("key", o.key());
                option.put("text", o.text());
                option.put("correct", o.correct());
                option.put("feedback", o.feedback());
                if (o.weight() != 1) {
                    option.put("weight", o.weight());
                }
                if (o.pinned()) {
                    option.put("pinned", true);
                }
                options.add(option);
            }
            question.put("options", options);
            questions.add(question);
        }
        root.put("questions", questions);
        return yaml(root);
    }

    /** Writes only the rules that differ from the defaults, so a plain quiz stays plain. */
    private static void putRules(Map<String, Object> root, QuizRules rules) {
        QuizRules d = QuizRules.DEFAULT;
        if (rules.afterFail() != d.afterFail() || rules.afterLast() != d.afterLast() || rules.afterPass() != d.afterPass()) {
            Map<String, Object> review = new LinkedHashMap<>();
            review.put("after_fail", rules.afterFail().lower());
            review.put("after_last", rules.afterLast().lower());
            review.put("after_pass", rules.afterPass().lower());
            root.put("review", review);
        }
        if (rules.maxAttempts() != null || rules.waitHours() != null) {
            Map<String, Object> attempts = new LinkedHashMap<>();
            if (rules.maxAttempts() != null) {
                attempts.put("max", rules.maxAttempts());
            }
            if (rules.waitHours() != null) {
                attempts.put("wait_hours", rules.waitHours());
            }
            root.put("attempts", attempts);
        }
        if (!rules.shuffle()) {
            root.put("shuffle", false);
        }
        if (rules.draw() != null) {
            Map<String, Object> draw = new LinkedHashMap<>();
            draw.put("questions", rules.draw());
            if (rules.drawTag() != null) {
                draw.put("tag", rules.drawTag());
            }
            root.put("draw", draw);
        }
    }

    public static String worksheet(Worksheet worksheet) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("uuid", worksheet.uuid());
        root.put("title", worksheet.title());
        if (!worksheet.intro().isBlank()) {
            root.put("intro", worksheet.intro());
        }
        List<Map<String, Object>> parts = new ArrayList<>();
        for (WorksheetPart part : worksheet.parts()) {
            parts.add(part(part));
        }
        root.put("parts", parts);
        return yaml(root);
    }

    private static Map<String, Object> part(WorksheetPart part) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("type", part.kind());
        entry.put("uuid", part.uuid());
        if (part instanceof WorksheetPart.Prompt p) {
            entry.put("text", p.text());
            putIfText(entry, "guidance", p.guidance());
            if (!p.tags().isEmpty()) {
                entry.put("tags", p.tags());
            }
        } else if (part instanceof WorksheetPart.Table t) {
            table(entry, t);
        } else if (part instanceof WorksheetPart.Checklist c) {
            entry.put("title", c.title());
            List<Map<String, Object>> items = new ArrayList<>();
            for (WorksheetPart.Item i : c.items()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("key", i.key());
                item.put("text", i.text());
                items.add(item);
            }
            entry.put("items", items);
        }
        return entry;
    }

    private static void table(Map<String, Object> entry, WorksheetPart.Table t) {
        entry.put("title", t.title());
        putIfText(entry, "guidance", t.guidance());
        List<Map<String, Object>> columns = new ArrayList<>();
        for (WorksheetPart.Column c : t.columns()) {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("key", c.key());
            column.put("label", c.label());
            column.put("type", c.choice() ? "choice" : "text");
            if (c.choice()) {
                column.put("choices", c.choices());
            }
            columns.add(column);
        }
        entry.put("columns", columns);
        if (!t.rows().isEmpty()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, String> row : t.rows()) {
                Map<String, Object> ordered = new LinkedHashMap<>();
                t.columns().stream().filter(c -> row.containsKey(c.key())).forEach(c -> ordered.put(c.key(), row.get(c.key())));
                rows.add(ordered);
            }
            entry.put("rows", rows);
        }
        entry.put("open_rows", t.openRows());
    }

    /** The module.yaml of a module file model. */
    public static String module(ModuleFile module) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("uuid", module.uuid());
        root.put("title", module.title());
        root.put("summary", module.summary());
        root.put("stage", module.stage());
        root.put("stage_reason", module.stageReason());
        root.put("outcomes", module.outcomes());
        putResources(root, module.resources());
        if (!module.reviews().isEmpty()) {
            List<Map<String, Object>> reviews = new ArrayList<>();
            for (Review r : module.reviews()) {
                Map<String, Object> review = new LinkedHashMap<>();
                review.put("name", r.name());
                review.put("role", r.role());
                review.put("date", r.date() == null ? "" : r.date().toString());
                putIfText(review, "note", r.note());
                reviews.add(review);
            }
            root.put("reviews", reviews);
        }
        if (!module.changes().isEmpty()) {
            List<Map<String, Object>> changes = new ArrayList<>();
            for (ModuleChange c : module.changes()) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("date", c.date() == null ? "" : c.date().toString());
                change.put("note", c.note());
                changes.add(change);
            }
            root.put("changes", changes);
        }
        List<Map<String, Object>> units = new ArrayList<>();
        for (ModuleFile.UnitRef ref : module.units()) {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("unit", ref.unit());
            if (ref.quiz() != null) {
                unit.put("quiz", ref.quiz());
            }
            if (ref.worksheet() != null) {
                unit.put("worksheet", ref.worksheet());
            }
            unit.put("complete_when", ref.completeWhen());
            units.add(unit);
        }
        root.put("units", units);
        if (!module.followUp().isEmpty()) {
            List<Map<String, Object>> questions = new ArrayList<>();
            for (org.commonground.content.entity.FollowUpQuestion q : module.followUp()) {
                Map<String, Object> question = new LinkedHashMap<>();
                question.put("uuid", q.uuid());
                question.put("text", q.text());
                questions.add(question);
            }
            root.put("follow_up", questions);
        }
        return yaml(root);
    }

    private static void putResources(Map<String, Object> owner, List<Resource> resources) {
        if (resources.isEmpty()) {
            return;
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (Resource r : resources) {
            Map<String, Object> resource = new LinkedHashMap<>();
            resource.put("title", r.title());
            putIfText(resource, "publisher", r.publisher());
            putIfText(resource, "url", r.url());
            list.add(resource);
        }
        owner.put("resources", list);
    }

    private static void putIfText(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static String yaml(Object value) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(100);
        options.setSplitLines(true);
        return new Yaml(new TextRepresenter(options), options).dump(value);
    }

    /** Multi-line text as a literal block ({@code |}), as a person would write it. */
    private static final class TextRepresenter extends Representer {
        TextRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(String.class, data -> {
                String text = data.toString().replace("\r\n", "\n");
                DumperOptions.ScalarStyle style = text.contains("\n") && !text.matches("(?s).*[ \\t]\\n.*")
                        ? DumperOptions.ScalarStyle.LITERAL : null;
                return style == null ? representScalar(Tag.STR, text) : representScalar(Tag.STR, text, style);
            });
        }
    }
}
