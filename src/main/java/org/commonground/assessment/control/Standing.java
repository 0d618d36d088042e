package org.commonground.assessment.control;

import java.time.Duration;
import java.time.Instant;
import org.commonground.content.entity.QuizRules;

/**
 * Where a learner stands against a quiz's attempt rules: the attempts used since the
 * module last needed a refresh, how many are allowed (the quiz's maximum plus any a
 * trainer or manager allowed; null for no limit) and when the next may start.
 */
public record Standing(int used, Integer allowed, Instant nextAt) {

    public static Standing of(QuizRules rules, int used, int extra, Instant lastAt) {
        Integer allowed = rules.maxAttempts() == null ? null : rules.maxAttempts() + extra;
        Instant next = rules.waitHours() == null || lastAt == null ? null : lastAt.plus(Duration.ofHours(rules.waitHours()));
        return new Standing(used, allowed, next);
    }

    public boolean usedUp() {
        return allowed != null && used >= allowed;
    }

    /** The next attempt must wait until {@link #nextAt()}. */
    public boolean waiting(Instant now) {
        return nextAt != null && now.isBefore(nextAt);
    }

    /** Attempts left, or null for no limit. */
    public Integer left() {
        return allowed == null ? null : Math.max(0, allowed - used);
    }

    /** After one more attempt, none would be left. */
    public boolean lastOne() {
        return allowed != null && used + 1 >= allowed;
    }
}
