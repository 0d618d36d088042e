package org.commonground.assessment.control;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.QuizRules;

/**
 * What a learner is shown of one attempt, by the quiz's review level for its outcome:
 * at {@code SCORE} nothing per question; at {@code WRONG} which questions were not
 * fully right; at {@code CHOSEN} also each chosen option, whether it was right to
 * choose it and its feedback (never which unchosen options were correct); at
 * {@code EVERYTHING} every option and each question's explanation.
 */
public record AttemptReview(QuizRules.Review level, List<QuestionReview> questions) {

    /** One question as reviewed; {@code options} and {@code explanation} are empty when the level hides them. */
    public record QuestionReview(Question question, boolean answered, boolean fullyRight, long points,
            List<OptionReview> options, String explanation) {
    }

    /** One option shown in a review, with one plain sentence on the choice and then the option's own feedback. */
    public record OptionReview(AnswerOption option, boolean chosen) {

        /** Choosing it, or leaving it, was right. */
        public boolean right() {
            return chosen == option.correct();
        }

        public String verdict() {
            if (chosen) {
                return option.correct() ? "You chose this, and it is right to choose it." : "You chose this, but it is not right to choose it.";
            }
            return option.correct() ? "You did not choose this, but it is right to choose it."
                    : "You did not choose this, and it is right to leave it.";
        }
    }

    public static AttemptReview of(Paper paper, Map<String, Set<String>> selections, QuizRules.Review level) {
        if (!level.atLeast(QuizRules.Review.WRONG)) {
            return new AttemptReview(level, List.of());
        }
        return new AttemptReview(level, paper.questions().stream()
                .map(q -> question(q, selections.getOrDefault(q.uuid(), Set.of()), level)).toList());
    }

    private static QuestionReview question(Question question, Set<String> chosen, QuizRules.Review level) {
        boolean everything = level.atLeast(QuizRules.Review.EVERYTHING);
        List<OptionReview> options = level.atLeast(QuizRules.Review.CHOSEN) ? question.options().stream()
                .filter(o -> everything || chosen.contains(o.key())).map(o -> new OptionReview(o, chosen.contains(o.key())))
                .toList() : List.of();
        return new QuestionReview(question, !chosen.isEmpty(), question.fullyRight(chosen),
                Math.round(question.score(chosen) * 100), options, everything ? question.explanation() : "");
    }

    /** Whether this review shows the correct answers (then the page says so). */
    public boolean showsKey() {
        return level.atLeast(QuizRules.Review.EVERYTHING);
    }
}
