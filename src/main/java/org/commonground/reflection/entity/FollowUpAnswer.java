package org.commonground.reflection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.commonground.platform.entity.VersionedEntity;

/**
 * A learner's answer to one practice follow-up question, asked {@code afterDays} (30
 * or 90) days after the completion of {@code completedOn}. Private to the learner like
 * every reflection: others only ever see how many people answered. The question's
 * words are kept with the answer, so the answer still reads right after a rewording.
 */
@Entity
@Table(name = "follow_up_answer")
public class FollowUpAnswer extends VersionedEntity {

    public static final int MAX_LENGTH = 4000;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "module_uuid", nullable = false, length = 36)
    private String moduleUuid;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "after_days", nullable = false)
    private int afterDays;

    @Column(name = "question_uuid", nullable = false, length = 36)
    private String questionUuid;

    @Column(name = "question_text", nullable = false, length = 300)
    private String questionText;

    @Column(name = "answer", nullable = false, length = MAX_LENGTH)
    private String answer;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected FollowUpAnswer() {
    }

    public FollowUpAnswer(long accountId, String moduleUuid, LocalDate completedOn, int afterDays, String questionUuid,
            String questionText, String answer, Instant at) {
        if (afterDays != 30 && afterDays != 90) {
            throw new IllegalArgumentException("a follow-up comes 30 or 90 days after completion, not " + afterDays);
        }
        this.accountId = accountId;
        this.moduleUuid = Objects.requireNonNull(moduleUuid);
        this.completedOn = Objects.requireNonNull(completedOn);
        this.afterDays = afterDays;
        this.questionUuid = Objects.requireNonNull(questionUuid);
        this.questionText = Objects.requireNonNull(questionText);
        answer(answer, at);
    }

    /** A new answer to the same question (the learner changed their words). */
    public void answer(String text, Instant at) {
        Objects.requireNonNull(text);
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an answer of " + text.length() + " characters");
        }
        this.answer = text;
        this.savedAt = Objects.requireNonNull(at);
    }

    public long getAccountId() {
        return accountId;
    }

    public String getModuleUuid() {
        return moduleUuid;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public int getAfterDays() {
        return afterDays;
    }

    public String getQuestionUuid() {
        return questionUuid;
    }

    public String getQuestionText() {
        return questionText;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
