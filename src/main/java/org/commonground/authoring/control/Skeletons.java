package org.commonground.authoring.control;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.commonground.content.control.ContentWriter;
import org.commonground.content.control.ModuleFile;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.QuestionType;
import org.commonground.content.entity.Quiz;
import org.commonground.content.entity.Unit;
import org.commonground.content.entity.Worksheet;
import org.commonground.content.entity.WorksheetPart;

/**
 * New items as a trainer starts them: valid files with fresh uuids and text that
 * says what to write, so the editor opens on something the loader accepts.
 */
public final class Skeletons {

    private Skeletons() {
    }

    public static String uuid() {
        return UUID.randomUUID().toString();
    }

    /** A folder or file name from a title: lower case ASCII words joined by dashes. */
    public static String slug(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "module" : slug;
    }

    public static String module(String uuid, String title, String stage) {
        return new ModuleFile(uuid, title, "", stage, "", List.of(), List.of(), List.of(), List.of()).write();
    }

    public static String unit(String title) {
        return ContentWriter.unit(new Unit(uuid(), title, 10, List.of("Write what a learner will be able to do."),
                List.of(), "- Write the main points here.", List.of(), "Write the teaching text here."));
    }

    public static String quiz(String title) {
        return ContentWriter.quiz(new Quiz(uuid(), "Check your understanding: " + title, 70, Quiz.AttemptRule.BEST,
                List.of(new Question(uuid(), QuestionType.SINGLE, "Write the question.", "Say why the answer is right.",
                        List.of(new AnswerOption("a", "The right answer.", true, "Say why it is right.", 1),
                                new AnswerOption("b", "A wrong answer.", false, "Say why it is not right.", 1))))));
    }

    public static String worksheet(String title) {
        return ContentWriter.worksheet(new Worksheet(uuid(), "Reflect: " + title, "",
                List.of(new WorksheetPart.Prompt(uuid(), "Write a question about the learner's own service.", "", List.of()))));
    }

    /** A path for a new item of a module: {@code content/<kind>/<folder>/<nn>-<slug>.<ext>}, not yet taken. */
    public static String path(String kind, String folder, String title, Map<String, String> taken) {
        String ext = kind.equals("units") ? ".md" : ".yaml";
        for (int n = 1; ; n++) {
            String path = "content/" + kind + "/" + folder + "/" + String.format(Locale.ROOT, "%02d", n) + "-" + slug(title) + ext;
            if (!taken.containsKey(path)) {
                return path;
            }
        }
    }
}
