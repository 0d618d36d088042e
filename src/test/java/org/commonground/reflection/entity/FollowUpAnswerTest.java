package org.commonground.reflection.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A follow-up answer belongs to the 30- or 90-day follow-up and keeps the question's words. */
class FollowUpAnswerTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void onlyThirtyOrNinetyDaysAfterCompletion() {
        assertThatThrownBy(() -> new FollowUpAnswer(1, "m", LocalDate.of(2026, 1, 1), 60, "q", "Why?", "Because.", AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewAnswerReplacesTheWordsAndTheTime() {
        FollowUpAnswer answer = new FollowUpAnswer(1, "m", LocalDate.of(2026, 1, 1), 30, "q", "What changed?", "Little.", AT);
        answer.answer("A lot.", AT.plusSeconds(60));
        assertThat(answer.getAnswer()).isEqualTo("A lot.");
        assertThat(answer.getSavedAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(answer.getQuestionText()).isEqualTo("What changed?");
    }

    @Test
    void anAnswerLongerThanTheLimitIsRefused() {
        FollowUpAnswer answer = new FollowUpAnswer(1, "m", LocalDate.of(2026, 1, 1), 90, "q", "What changed?", "Little.", AT);
        assertThatThrownBy(() -> answer.answer("x".repeat(FollowUpAnswer.MAX_LENGTH + 1), AT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
