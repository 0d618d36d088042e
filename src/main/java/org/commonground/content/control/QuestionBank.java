package org.commonground.content.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.Question;

/**
 * What GIFT and Moodle XML have in common: the result of an import (the questions read,
 * what could not be imported and why, and what was changed on the way), the result of
 * an export (the text, and every weight rounded to a grade Moodle allows), the grades
 * Moodle allows, and how a question keeps its uuid through an LMS and back.
 */
public final class QuestionBank {

    /** Questions read from a bank file, each thing left out (with file, line or question name), and notes on changes made. */
    public record Imported(List<Question> questions, List<Problem> skipped, List<String> notes) {

        public Imported {
            questions = List.copyOf(questions);
            skipped = List.copyOf(skipped);
            notes = List.copyOf(notes);
        }
    }

    /** A quiz written for an LMS, and every weight that had to be rounded to a grade Moodle allows. */
    public record Exported(String text, List<String> roundings) {

        public Exported {
            roundings = List.copyOf(roundings);
        }
    }

    /** The grades (percent) Moodle allows for an answer, as its question editor lists them; negatives are allowed too. */
    static final double[] MOODLE_GRADES = {100, 90, 100.0 * 5 / 6, 80, 75, 70, 200.0 / 3, 60, 50, 40, 100.0 / 3, 30, 25, 20,
        100.0 / 6, 100.0 / 7, 12.5, 100.0 / 9, 10, 5, 0};

    private static final Pattern UUID_PATTERN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private QuestionBank() {
    }

    /** The nearest grade Moodle allows (keeping the sign). */
    static double nearestGrade(double percent) {
        double best = 0;
        for (double grade : MOODLE_GRADES) {
            if (Math.abs(Math.abs(percent) - grade) < Math.abs(Math.abs(percent) - best)) {
                best = grade;
            }
        }
        return Math.copySign(best, percent);
    }

    /** A grade as Moodle writes it: up to five decimals, no trailing zeros. */
    static String grade(double percent) {
        String text = String.format(Locale.ROOT, "%.5f", percent).replaceAll("0+$", "").replaceAll("\\.$", "");
        return text.equals("-0") ? "0" : text;
    }

    /**
     * Each option's grade in percent, as Moodle scores it (a correct option its share of
     * the correct weights, a wrong one minus its share of the wrong weights), rounded to
     * the nearest grade Moodle allows; each rounding is added to {@code roundings}.
     */
    static List<Double> grades(Question question, String name, List<String> roundings) {
        double correct = question.options().stream().filter(AnswerOption::correct).mapToDouble(AnswerOption::weight).sum();
        double wrong = question.options().stream().filter(o -> !o.correct()).mapToDouble(AnswerOption::weight).sum();
        List<Double> grades = new ArrayList<>();
        for (AnswerOption option : question.options()) {
            double exact = option.correct() ? 100 * option.weight() / correct
                    : question.type().isMultiple() ? -100 * option.weight() / wrong : 0;
            double rounded = nearestGrade(exact);
            if (Math.abs(rounded - exact) > 0.00001) {
                roundings.add("Question '" + name + "', option " + option.key() + ": " + grade(exact) + "% rounded to "
                        + grade(rounded) + "%");
            }
            grades.add(rounded);
        }
        return grades;
    }

    /** The uuid a question had (a name or id number that is a uuid), or one derived from where it came from. */
    static String uuidFor(String name, String quizUuid, String fallback) {
        if (name != null && UUID_PATTERN.matcher(name.strip()).matches()) {
            return name.strip();
        }
        String seed = quizUuid + "/" + (name == null || name.isBlank() ? fallback : name.strip());
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A category path without Moodle's context prefix ("$course$/top/") becomes a tag; none for the top. */
    static List<String> tagsFor(String category) {
        if (category == null) {
            return List.of();
        }
        String path = category.strip().replaceFirst("^\\$[a-z]+\\$/", "").replaceFirst("^top(/|$)", "").strip();
        return path.isEmpty() ? List.of() : List.of(path);
    }

    /** The category's tag first, then the question's own tags, each once. */
    static List<String> tags(String category, List<String> own) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(tagsFor(category));
        own.stream().map(String::strip).filter(t -> !t.isEmpty()).forEach(all::add);
        return List.copyOf(all);
    }

    /** Keys a, b, c, ... for imported options (true and false for a true/false question). */
    static String key(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "o" + (index + 1);
    }

    /** The explanation and feedback the platform requires, written plainly where the bank had none; each is noted. */
    static Question complete(Question question, String name, List<String> notes) {
        String explanation = question.explanation();
        if (explanation.isBlank()) {
            explanation = "The right answer: " + String.join("; ", question.options().stream().filter(AnswerOption::correct)
                    .map(AnswerOption::text).toList()) + ".";
            notes.add("Question '" + name + "' had no general feedback: its explanation names the right answer; write a better one.");
        }
        boolean missing = false;
        List<AnswerOption> options = new ArrayList<>();
        for (AnswerOption o : question.options()) {
            String feedback = o.feedback();
            if (feedback.isBlank()) {
                missing = true;
                feedback = o.correct() ? "This is a right answer." : "This is not a right answer.";
            }
            options.add(new AnswerOption(o.key(), o.text(), o.correct(), feedback, o.weight(), o.pinned()));
        }
        if (missing) {
            notes.add("Question '" + name + "' had options without feedback: they say only whether they are right.");
        }
        return new Question(question.uuid(), question.type(), question.text(), explanation, options, question.tags());
    }

    /** A short name for reports: the question's name, or the start of its text. */
    public static String shortName(String name, String text) {
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return flat.length() > 40 ? flat.substring(0, 40) + "..." : flat;
    }
}
