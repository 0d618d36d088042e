package org.commonground.authoring.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonground.content.control.Problem;

/**
 * The one place where the content checker's words (file fields such as
 * {@code questions[1].options[2].feedback}, "required field is missing") become the
 * editor screens' words ("Question 2, option 3: add feedback"), with 1-based numbers
 * and the labels the forms show, and where each problem goes on the form.
 */
@Named
@ApplicationScoped
public class ScreenWords {

    /** A problem put in the screen's words, and the id (inside the form) of the field it belongs next to. */
    public record Placed(String fieldId, String words) {
    }

    private static final Map<String, String> TOP = Map.ofEntries(
            Map.entry("title", "Title"), Map.entry("minutes", "Minutes"), Map.entry("objectives", "Objectives"),
            Map.entry("body", "Teaching text"), Map.entry("summary", "Summary"), Map.entry("cases", "Case studies"),
            Map.entry("resources", "Further reading"), Map.entry("pass_mark", "Pass mark"),
            Map.entry("counts", "Which attempt counts"), Map.entry("review.after_fail", "After an attempt that did not pass"),
            Map.entry("review.after_last", "After the last allowed attempt"), Map.entry("review.after_pass", "After a pass"),
            Map.entry("attempts.max", "Most attempts allowed"), Map.entry("attempts.wait_hours", "Hours to wait between attempts"),
            Map.entry("shuffle", "Shuffle"), Map.entry("draw", "Questions drawn for each attempt"),
            Map.entry("draw.questions", "Questions drawn for each attempt"), Map.entry("draw.tag", "Draw only questions with this tag"),
            Map.entry("questions", "Questions"), Map.entry("intro", "Introduction"), Map.entry("parts", "Parts"),
            Map.entry("uuid", "The item's identifier"), Map.entry("stage", "Stage"), Map.entry("stage_reason", "Why the module belongs to that stage"),
            Map.entry("outcomes", "Outcomes"), Map.entry("units", "Units"), Map.entry("reviews", "Sign-offs"),
            Map.entry("changes", "Change notes"));

    private static final Map<String, String> PARTS = Map.ofEntries(
            Map.entry("cases", "Case"), Map.entry("questions", "Question"), Map.entry("options", "option"),
            Map.entry("parts", "Part"), Map.entry("objectives", "Objective"), Map.entry("outcomes", "Outcome"),
            Map.entry("columns", "column"), Map.entry("rows", "row"), Map.entry("items", "thing to tick"),
            Map.entry("tags", "tag"), Map.entry("units", "Unit"), Map.entry("resources", "Further reading"),
            Map.entry("choices", "choice"));

    private static final Map<String, String> LEAVES = Map.ofEntries(
            Map.entry("text", "text"), Map.entry("feedback", "feedback"), Map.entry("weight", "weight"),
            Map.entry("correct", "whether it is correct"), Map.entry("explanation", "explanation"), Map.entry("tags", "tags"),
            Map.entry("kind", "kind"), Map.entry("title", "title"), Map.entry("body", "text"), Map.entry("options", "options"),
            Map.entry("type", "type"), Map.entry("key", "key"), Map.entry("label", "label"), Map.entry("guidance", "guidance"),
            Map.entry("columns", "columns"), Map.entry("rows", "given rows"), Map.entry("items", "things to tick"),
            Map.entry("open_rows", "whether learners may add rows"), Map.entry("choices", "choices"),
            Map.entry("pinned", "whether it keeps its place"), Map.entry("uuid", "identifier"), Map.entry("url", "address"),
            Map.entry("publisher", "publisher"), Map.entry("unit", "unit"), Map.entry("quiz", "quiz"),
            Map.entry("worksheet", "worksheet"), Map.entry("complete_when", "what completes it"));

    private static final Map<String, Integer> EXAMPLES = Map.of("minutes", 10, "pass_mark", 70, "attempts.max", 3,
            "attempts.wait_hours", 24, "draw", 5, "draw.questions", 5);

    private static final Pattern SEGMENT = Pattern.compile("([a-z_]+)(?:\\[(\\d+)])?");
    private static final Pattern RANGE = Pattern.compile("must be from (-?\\d+) to (-?\\d+), not (.*)");
    private static final Pattern ONE_CORRECT = Pattern.compile("a (\\w+) question has exactly one correct option, not (\\d+)");
    private static final Pattern DRAWS = Pattern.compile("draws (\\d+) questions from a pool of (\\d+)(?: tagged '(.*)')?");

    /** "Minutes must be a whole number, for example 10": for a field whose words a number could not be read from. */
    public String wholeNumber(String label, int example) {
        return label + " must be a whole number, for example " + example;
    }

    /** For an option's weight (question and option counted from 0, as the form's rows are). */
    public String weight(int question, int option) {
        return "Question " + (question + 1) + ", option " + (option + 1) + ": the weight must be a number above 0, for example 1 or 0.5";
    }

    /** The problem in the screen's words. */
    public String describe(Problem problem) {
        return place(problem).words();
    }

    /** The problem in the screen's words, and where on the form it goes. */
    public Placed place(Problem problem) {
        return new Placed(fieldId(problem.field()), words(problem.field(), problem.message()));
    }

    static String words(String field, String message) {
        if (field == null || field.isEmpty()) {
            return capitalised(message);
        }
        List<String[]> segments = segments(field);
        String leafKey = segments.get(segments.size() - 1)[0];
        boolean leafIndexed = segments.get(segments.size() - 1)[1] != null;
        String top = TOP.get(field);
        String where = top != null ? top : where(segments);
        String thing = top != null ? top.toLowerCase(java.util.Locale.ROOT)
                : leafIndexed ? "" : LEAVES.getOrDefault(leafKey, leafKey.replace('_', ' '));
        Matcher m;
        if (message.equals("required field is missing") || message.equals("expected text")
                || message.equals("the unit has no teaching text after the front matter")) {
            return top != null ? "Add the " + thing : where + ": add " + (thing.isEmpty() ? "some text" : thing);
        }
        if (message.startsWith("expected a whole number")) {
            return subject(top, where, thing) + " must be a whole number, for example " + EXAMPLES.getOrDefault(field, 1);
        }
        if (message.startsWith("expected a number") || message.startsWith("must be a positive number")) {
            return subject(top, where, thing) + " must be a number above 0, for example 1 or 0.5";
        }
        if ((m = RANGE.matcher(message)).matches()) {
            return subject(top, where, thing) + " must be from " + m.group(1) + " to " + m.group(2) + ", not " + m.group(3);
        }
        if (message.startsWith("no option is marked correct")) {
            return where(segments.subList(0, 1)) + ": mark at least one option as correct";
        }
        if (message.equals("a question needs at least two options")) {
            return where(segments.subList(0, 1)) + ": give it at least two options";
        }
        if ((m = ONE_CORRECT.matcher(message)).matches()) {
            String type = m.group(1).equals("single") ? "a one-answer" : "a true or false";
            return where(segments.subList(0, 1)) + ": " + type + " question has exactly one correct option, not " + m.group(2);
        }
        if (message.startsWith("a true_false question")) {
            return where(segments.subList(0, 1)) + ": a true or false question has exactly two options, true first and false second";
        }
        if (message.equals("must have at least one entry")) {
            return (top != null ? top : where) + ": add at least one";
        }
        if (message.startsWith("image without alt text")) {
            return subject(top, where, thing) + ": an image has no description. Say what it shows between the brackets of ![...]";
        }
        if ((m = DRAWS.matcher(message)).matches()) {
            return "Questions drawn for each attempt: " + m.group(1) + " are drawn, but only " + m.group(2) + " questions"
                    + (m.group(3) == null ? "" : " have the tag '" + m.group(3) + "'") + " to draw from";
        }
        if (message.startsWith("'") && message.contains("' is not one of ")) {
            return subject(top, where, thing) + ": choose one of " + message.substring(message.indexOf(" is not one of ") + 15);
        }
        return (top != null ? top : where) + ": " + message;
    }

    /** "Question 2, option 3" for {@code questions[1].options[2].feedback}; the leaf's own words for a top field. */
    private static String where(List<String[]> segments) {
        List<String> words = new ArrayList<>();
        for (String[] s : segments) {
            if (s[1] != null) {
                String name = PARTS.getOrDefault(s[0], s[0].replace('_', ' '));
                words.add((words.isEmpty() ? capitalised(name) : name) + " " + (Integer.parseInt(s[1]) + 1));
            } else if (words.isEmpty()) {
                words.add(TOP.getOrDefault(s[0], capitalised(LEAVES.getOrDefault(s[0], s[0].replace('_', ' ')))));
            }
        }
        return String.join(", ", words);
    }

    /** The subject of a sentence: "Minutes", or "Question 2, option 3: the weight". */
    private static String subject(String top, String where, String thing) {
        if (top != null) {
            return top;
        }
        return thing.isEmpty() ? where : where + ": the " + thing;
    }

    private static List<String[]> segments(String field) {
        List<String[]> segments = new ArrayList<>();
        for (String part : field.split("\\.")) {
            Matcher m = SEGMENT.matcher(part);
            segments.add(m.matches() ? new String[] {m.group(1), m.group(2)} : new String[] {part, null});
        }
        return segments;
    }

    /**
     * The id, inside the editor's form, of the field a problem belongs next to:
     * {@code questions[2].options[1].text} becomes {@code questions:2:options:1:text};
     * a part of a field that has no box of its own (a table's column, an option's key)
     * goes next to the box it is written in.
     */
    static String fieldId(String field) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        String f = field.replace("attempts.max", "max_attempts").replace("attempts.wait_hours", "wait_hours")
                .replace("draw.questions", "draw").replace("draw.tag", "draw_tag").replaceFirst("^review\\.", "")
                .replaceAll("(objectives|outcomes|tags|columns|rows|items|choices)\\[\\d+].*$", "$1")
                .replaceAll("(options\\[\\d+])\\.(key|uuid)$", "$1.text")
                .replaceAll("(questions\\[\\d+])\\.uuid$", "$1.text")
                .replaceAll("(parts\\[\\d+])\\.(uuid|type)$", "$1.text")
                .replaceAll("^uuid$", "title");
        return f.replaceAll("\\[(\\d+)]", ":$1").replace('.', ':');
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
