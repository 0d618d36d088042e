package org.commonground.content.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.QuestionType;
import org.commonground.content.entity.Quiz;

/**
 * Moodle's GIFT text format (docs.moodle.org/en/GIFT_format), for the question types
 * the platform has: multiple choice with one right answer ({@code =} and {@code ~}),
 * several right answers with weights ({@code ~%50%}), and true/false; per-answer
 * feedback ({@code #}), general feedback ({@code ####}), question names
 * ({@code ::name::}), {@code $CATEGORY:} and the escapes {@code \~ \= \# \{ \} \: \n}.
 * Short answer, numerical, matching, essay and descriptions are reported, not imported.
 */
public final class Gift {

    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");
    /** Moodle's tags in the comment before a question: {@code // [tag:one] [tag:two]}, a "]" in one escaped. */
    private static final Pattern TAG = Pattern.compile("\\[tag:((?:\\\\]|[^\\]\\p{Cntrl}])+)]");
    private static final Pattern TRUE_FALSE = Pattern.compile("^(T|TRUE|F|FALSE)$", Pattern.CASE_INSENSITIVE);

    private Gift() {
    }

    /** Reads a GIFT file into questions for the quiz with this uuid; nothing in it is saved. */
    public static QuestionBank.Imported read(String file, String text, String quizUuid) {
        List<Question> questions = new ArrayList<>();
        List<Problem> skipped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String category = null;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "").split("\n", -1);
        StringBuilder block = new StringBuilder();
        StringBuilder comment = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            String trimmed = line.strip();
            if (trimmed.startsWith("//")) {
                if (block.isEmpty()) {
                    comment.append(trimmed).append('\n');
                }
                continue;
            }
            if (trimmed.startsWith("$CATEGORY:") && block.isEmpty()) {
                category = trimmed.substring("$CATEGORY:".length()).strip();
                continue;
            }
            if (!trimmed.isEmpty()) {
                if (block.isEmpty()) {
                    start = i + 1;
                }
                block.append(line).append('\n');
                continue;
            }
            if (!block.isEmpty()) {
                try {
                    Question q = question(block.toString().strip(), quizUuid, category, start, notes);
                    q = new Question(q.uuid(), q.type(), q.text(), q.explanation(), q.options(),
                            QuestionBank.tags(category, tags(comment.toString())));
                    questions.add(QuestionBank.complete(q, name(block.toString().strip(), q.text()), notes));
                } catch (Unsupported e) {
                    skipped.add(new Problem(file, start, e.name, e.getMessage()));
                }
                block.setLength(0);
                comment.setLength(0);
            }
        }
        return new QuestionBank.Imported(questions, skipped, notes);
    }

    /** The tags named in a question's comment lines. */
    static List<String> tags(String comment) {
        List<String> tags = new ArrayList<>();
        Matcher m = TAG.matcher(comment);
        while (m.find()) {
            tags.add(m.group(1).replace("\\]", "]").strip());
        }
        return tags;
    }

    /** Why a block could not be imported, with the question's name. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String name;

        Unsupported(String name, String message) {
            super(message);
            this.name = name;
        }
    }

    private static String name(String block, String text) {
        if (block.startsWith("::")) {
            int end = find(block, "::", 2);
            if (end > 0) {
                return QuestionBank.shortName(unescape(block.substring(2, end)), text);
            }
        }
        return QuestionBank.shortName(null, text);
    }

    private static Question question(String block, String quizUuid, String category, int line, List<String> notes) {
        String rest = block;
        String name = null;
        if (rest.startsWith("::")) {
            int end = find(rest, "::", 2);
            if (end < 0) {
                throw new Unsupported("", "the question name has no closing '::'");
            }
            name = unescape(rest.substring(2, end)).strip();
            rest = rest.substring(end + 2).strip();
        }
        boolean html = false;
        Matcher format = Pattern.compile("^\\[(html|moodle|plain|markdown)]").matcher(rest);
        if (format.find()) {
            html = format.group(1).equals("html");
            rest = rest.substring(format.end());
        }
        String label = QuestionBank.shortName(name, rest.replaceAll("\\{.*", ""));
        int open = find(rest, "{", 0);
        if (open < 0) {
            throw new Unsupported(label, "a description (no answers in { }): not a question the platform has");
        }
        int close = find(rest, "}", open + 1);
        if (close < 0) {
            throw new Unsupported(label, "the answers have no closing '}'");
        }
        String after = rest.substring(close + 1).strip();
        String stem = rest.substring(0, open).strip() + (after.isEmpty() ? "" : " _____ " + after);
        String text = plain(unescape(stem), html);
        if (text.isBlank()) {
            throw new Unsupported(label, "the question has no text");
        }
        String answers = rest.substring(open + 1, close).strip();
        String general = "";
        int generalAt = find(answers, "####", 0);
        if (generalAt >= 0) {
            general = plain(unescape(answers.substring(generalAt + 4)), html).strip();
            answers = answers.substring(0, generalAt).strip();
        }
        String uuid = QuestionBank.uuidFor(name, quizUuid, "line " + line + ": " + text);
        List<String> tags = QuestionBank.tagsFor(category);
        if (answers.isEmpty()) {
            throw new Unsupported(label, "an essay question (empty { }): not a question the platform has");
        }
        if (answers.startsWith("#")) {
            throw new Unsupported(label, "a numerical question ({#...}): not a question the platform has");
        }
        if (find(answers, "->", 0) >= 0) {
            throw new Unsupported(label, "a matching question (->): not a question the platform has");
        }
        String[] tf = split(answers, '#');
        if (TRUE_FALSE.matcher(tf[0].strip()).matches()) {
            return trueFalse(uuid, text, general, tags, tf, html);
        }
        return choice(uuid, label, text, general, tags, answers, html, notes);
    }

    private static Question trueFalse(String uuid, String text, String general, List<String> tags, String[] parts, boolean html) {
        boolean isTrue = parts[0].strip().toUpperCase(Locale.ROOT).startsWith("T");
        String whenWrong = parts.length > 1 ? plain(unescape(parts[1]), html).strip() : "";
        String whenRight = parts.length > 2 ? plain(unescape(parts[2]), html).strip() : "";
        return new Question(uuid, QuestionType.TRUE_FALSE, text, general, List.of(
                new AnswerOption("true", "True", isTrue, isTrue ? whenRight : whenWrong, 1),
                new AnswerOption("false", "False", !isTrue, isTrue ? whenWrong : whenRight, 1)), tags);
    }

    private static Question choice(String uuid, String label, String text, String general, List<String> tags, String answers,
            boolean html, List<String> notes) {
        List<String[]> raw = new ArrayList<>();
        int at = 0;
        while (at < answers.length()) {
            char marker = answers.charAt(at);
            if (marker != '=' && marker != '~') {
                throw new Unsupported(label, "expected an answer starting with = or ~ at '" + answers.substring(at).strip() + "'");
            }
            int next = at + 1;
            while (next < answers.length() && !(isMarker(answers, next))) {
                next++;
            }
            raw.add(new String[] {String.valueOf(marker), answers.substring(at + 1, next).strip()});
            at = next;
            while (at < answers.length() && Character.isWhitespace(answers.charAt(at))) {
                at++;
            }
        }
        long equals = raw.stream().filter(r -> r[0].equals("=")).count();
        if (equals == raw.size()) {
            throw new Unsupported(label, "a short answer question (only = answers): not a question the platform has");
        }
        if (raw.size() < 2) {
            throw new Unsupported(label, "a question needs at least two answers");
        }
        List<AnswerOption> options = new ArrayList<>();
        for (String[] answer : raw) {
            String body = answer[1];
            Double weight = null;
            Matcher w = WEIGHT.matcher(body);
            if (w.find()) {
                weight = Double.parseDouble(w.group(1));
                body = body.substring(w.end());
            }
            String[] parts = split(body, '#');
            String optionText = plain(unescape(parts[0]), html).strip();
            String feedback = parts.length > 1 ? plain(unescape(parts[1]), html).strip() : "";
            boolean correct = answer[0].equals("=") || weight != null && weight > 0;
            double credit = answer[0].equals("=") ? 100 : weight == null ? 0 : weight;
            options.add(new AnswerOption(QuestionBank.key(options.size()), optionText, correct, feedback,
                    credit == 0 ? 1 : Math.abs(credit)));
        }
        if (equals > 1) {
            throw new Unsupported(label, "more than one = answer: write several right answers as ~%50% (and so on)");
        }
        if (options.stream().noneMatch(AnswerOption::correct)) {
            throw new Unsupported(label, "no answer is right (no = and no positive %weight%)");
        }
        if (equals == 1) {
            if (options.stream().anyMatch(o -> o.correct() && o.weight() != 100)) {
                throw new Unsupported(label, "partial credit in a one-answer question: the platform's one-answer questions have one right answer");
            }
            return new Question(uuid, QuestionType.SINGLE, text, general, options.stream()
                    .map(o -> new AnswerOption(o.key(), o.text(), o.correct(), o.feedback(), 1)).toList(), tags);
        }
        if (raw.stream().anyMatch(r -> !WEIGHT.matcher(r[1]).find() || r[1].startsWith("%0%"))) {
            notes.add("Question '" + label + "': wrong answers with no or 0% weight now cost an equal share of the credit"
                    + " when chosen (the platform takes credit away for a wrong choice).");
        }
        return new Question(uuid, QuestionType.MULTI, text, general, options, tags);
    }

    private static boolean isMarker(String text, int at) {
        char c = text.charAt(at);
        return (c == '=' || c == '~') && !escaped(text, at);
    }

    /** Writes a quiz as GIFT; each question is named by its uuid, so it keeps it through Moodle and back. */
    public static QuestionBank.Exported write(Quiz quiz) {
        StringBuilder out = new StringBuilder("// ").append(oneLine(quiz.title())).append(" (Common Ground quiz ")
                .append(quiz.uuid()).append(")\n\n");
        List<String> roundings = new ArrayList<>();
        String category = null;
        for (Question q : quiz.questions()) {
            String tag = q.tags().isEmpty() ? "" : q.tags().get(0);
            if (!tag.equals(category == null ? "" : category)) {
                out.append("$CATEGORY: $course$/top").append(tag.isEmpty() ? "" : "/" + tag).append("\n\n");
                category = tag;
            }
            if (!q.tags().isEmpty()) {
                out.append("//");
                q.tags().forEach(t -> out.append(" [tag:").append(oneLine(t).replace("]", "\\]")).append(']'));
                out.append('\n');
            }
            out.append("::").append(q.uuid()).append("::[markdown]").append(escape(q.text())).append(" {");
            if (q.type() == QuestionType.TRUE_FALSE) {
                AnswerOption yes = q.option("true").orElseThrow();
                AnswerOption no = q.option("false").orElseThrow();
                AnswerOption right = yes.correct() ? yes : no;
                AnswerOption wrong = yes.correct() ? no : yes;
                out.append(yes.correct() ? "TRUE" : "FALSE").append('#').append(escape(wrong.feedback())).append('#')
                        .append(escape(right.feedback()));
            } else {
                List<Double> grades = QuestionBank.grades(q, q.uuid(), roundings);
                for (int i = 0; i < q.options().size(); i++) {
                    AnswerOption o = q.options().get(i);
                    out.append("\n\t");
                    if (q.type() == QuestionType.MULTI) {
                        out.append("~%").append(QuestionBank.grade(grades.get(i))).append('%');
                    } else {
                        out.append(o.correct() ? '=' : '~');
                    }
                    out.append(escape(o.text())).append('#').append(escape(o.feedback()));
                }
                out.append('\n');
            }
            out.append("####").append(escape(q.explanation())).append("}\n\n");
        }
        return new QuestionBank.Exported(out.toString(), roundings);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Text as the platform keeps it: the text of an [html] question's HTML, its meaning kept (see {@link HtmlText}). */
    private static String plain(String text, boolean html) {
        return html ? HtmlText.plain(text) : text.strip();
    }

    /** Whether the character at {@code at} follows an odd number of backslashes. */
    private static boolean escaped(String text, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** The index of an unescaped {@code what} from {@code from}, or -1. */
    private static int find(String text, String what, int from) {
        for (int i = text.indexOf(what, from); i >= 0; i = text.indexOf(what, i + 1)) {
            if (!escaped(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Splits at each unescaped {@code separator}. */
    private static String[] split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == separator && !escaped(text, i)) {
                parts.add(text.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(text.substring(from));
        return parts.toArray(new String[0]);
    }
}
