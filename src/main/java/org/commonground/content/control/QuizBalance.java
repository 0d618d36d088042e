package org.commonground.content.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.QuestionType;
import org.commonground.content.entity.Quiz;

/**
 * How guessable a library's quizzes are: where the right option of a single-answer
 * question sits, how often it is the longest, how many true/false answers are
 * "true", and which wrong options carry a give-away word. A learner who always
 * picks the same letter, the longest option or "false" should not pass.
 */
public final class QuizBalance {

    /** No position may hold more than this share of the right answers. */
    public static final double MAX_POSITION_SHARE = 0.35;
    /** The right option may be the longest in at most this share of single-answer questions. */
    public static final double MAX_LONGEST_SHARE = 0.40;
    public static final double MIN_TRUE_SHARE = 0.40;
    public static final double MAX_TRUE_SHARE = 0.60;

    /** Absolute words that, in a wrong option only, tell a careless reader to skip it. */
    private static final Pattern GIVE_AWAY = Pattern.compile("\\b(only|always|never|all|none)\\b", Pattern.CASE_INSENSITIVE);

    private final TreeMap<Integer, Integer> rightAt = new TreeMap<>();
    private int singles;
    private int rightIsLongest;
    private int trueFalse;
    private int trueAnswers;
    private final List<String> giveAways = new ArrayList<>();

    private QuizBalance() {
    }

    public static QuizBalance of(Collection<Quiz> quizzes) {
        QuizBalance balance = new QuizBalance();
        quizzes.forEach(quiz -> quiz.questions().forEach(balance::count));
        return balance;
    }

    private void count(Question question) {
        List<AnswerOption> options = question.options();
        if (question.type() == QuestionType.SINGLE) {
            singles++;
            int right = -1;
            int longest = 0;
            for (int i = 0; i < options.size(); i++) {
                longest = Math.max(longest, options.get(i).text().length());
                if (options.get(i).correct()) {
                    right = i;
                }
            }
            rightAt.merge(right, 1, Integer::sum);
            if (options.get(right).text().length() == longest) {
                rightIsLongest++;
            }
        } else if (question.type() == QuestionType.TRUE_FALSE) {
            trueFalse++;
            if (options.stream().anyMatch(o -> o.correct() && o.key().equals("true"))) {
                trueAnswers++;
            }
        }
        if (question.type() != QuestionType.TRUE_FALSE) {
            boolean rightOptionsUseThem = options.stream().anyMatch(o -> o.correct() && GIVE_AWAY.matcher(o.text()).find());
            for (AnswerOption option : options) {
                if (!option.correct() && !rightOptionsUseThem && GIVE_AWAY.matcher(option.text()).find()) {
                    giveAways.add(question.uuid() + "/" + option.key() + ": " + option.text());
                }
            }
        }
    }

    /** Every limit the library is over, in words; empty when it is balanced. */
    public List<String> breaches() {
        List<String> breaches = new ArrayList<>();
        rightAt.forEach((position, count) -> {
            if (share(count, singles) > MAX_POSITION_SHARE) {
                breaches.add("the right option is " + letter(position) + " in " + count + " of " + singles
                        + " single-answer questions (at most " + percent(MAX_POSITION_SHARE) + ")");
            }
        });
        if (share(rightIsLongest, singles) > MAX_LONGEST_SHARE) {
            breaches.add("the right option is the longest in " + rightIsLongest + " of " + singles
                    + " single-answer questions (at most " + percent(MAX_LONGEST_SHARE) + ")");
        }
        double trueShare = share(trueAnswers, trueFalse);
        if (trueFalse > 0 && (trueShare < MIN_TRUE_SHARE || trueShare > MAX_TRUE_SHARE)) {
            breaches.add(trueAnswers + " of " + trueFalse + " true/false answers are true (" + percent(MIN_TRUE_SHARE)
                    + " to " + percent(MAX_TRUE_SHARE) + ")");
        }
        return breaches;
    }

    /**
     * Wrong options with "only", "always", "never", "all" or "none" in a question
     * whose right options use none of them: the word alone marks the option as wrong.
     */
    public List<String> giveAways() {
        return List.copyOf(giveAways);
    }

    /** The figures in one paragraph, for the build log. */
    public String report() {
        StringBuilder positions = new StringBuilder();
        rightAt.forEach((position, count) -> positions.append(positions.isEmpty() ? "" : ", ").append(letter(position))
                .append(' ').append(count).append(" (").append(percent(share(count, singles))).append(')'));
        return "Single-answer questions: " + singles + "; right option by position: " + positions
                + "; right option is the longest: " + rightIsLongest + " (" + percent(share(rightIsLongest, singles)) + ")."
                + " True/false questions: " + trueFalse + ", true: " + trueAnswers + " (" + percent(share(trueAnswers, trueFalse))
                + "). Wrong options with a give-away word: " + giveAways.size() + ".";
    }

    public int singles() {
        return singles;
    }

    public int rightIsLongest() {
        return rightIsLongest;
    }

    public int trueFalse() {
        return trueFalse;
    }

    public int trueAnswers() {
        return trueAnswers;
    }

    /** How many single-answer questions have their right option at each position (0 is the first). */
    public int rightAt(int position) {
        return rightAt.getOrDefault(position, 0);
    }

    private static double share(int count, int of) {
        return of == 0 ? 0 : (double) count / of;
    }

    private static String letter(int position) {
        return String.valueOf((char) ('a' + position));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
