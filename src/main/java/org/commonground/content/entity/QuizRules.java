package org.commonground.content.entity;

import java.util.Locale;

/**
 * How a quiz is taken and reviewed: what a learner sees after an attempt (by
 * outcome), how many attempts are allowed and how long to wait between them, and
 * the paper each attempt is given (options shuffled, N questions drawn from a pool).
 */
public record QuizRules(Review afterFail, Review afterLast, Review afterPass, Integer maxAttempts, Integer waitHours,
        boolean shuffle, Integer draw, String drawTag) {

    /** What a learner sees of an attempt, each level adding to the one before. */
    public enum Review {
        /** The score only. */
        SCORE,
        /** The score and which questions were not fully right. */
        WRONG,
        /** Also, for each option chosen, whether it was right to choose it, and its feedback. */
        CHOSEN,
        /** Every option, right or wrong, with its feedback, and each question's explanation. */
        EVERYTHING;

        public boolean atLeast(Review level) {
            return compareTo(level) >= 0;
        }

        public String lower() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Unlimited attempts, no wait, options shuffled, every question; the key only after a pass or the last attempt. */
    public static final QuizRules DEFAULT = new QuizRules(Review.CHOSEN, Review.EVERYTHING, Review.EVERYTHING, null, null,
            true, null, null);

    /** Ranges are the loader's to check (it reports them with their lines); here only that every moment has a level. */
    public QuizRules {
        if (afterFail == null || afterLast == null || afterPass == null) {
            throw new IllegalArgumentException("each review moment needs a level");
        }
        drawTag = drawTag == null || drawTag.isBlank() ? null : drawTag.strip();
    }

    /** What a learner sees after an attempt with this outcome. */
    public Review review(boolean passed, boolean last) {
        return passed ? afterPass : last ? afterLast : afterFail;
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }
}
