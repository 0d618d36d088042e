package org.commonground.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One option a learner selected in one question of an attempt. */
@Embeddable
public class SelectedOption {

    @Column(name = "question_uuid", nullable = false, length = 36)
    private String questionUuid;

    @Column(name = "option_key", nullable = false, length = 40)
    private String optionKey;

    protected SelectedOption() {
    }

    public SelectedOption(String questionUuid, String optionKey) {
        this.questionUuid = Objects.requireNonNull(questionUuid);
        this.optionKey = Objects.requireNonNull(optionKey);
    }

    public String getQuestionUuid() {
        return questionUuid;
    }

    public String getOptionKey() {
        return optionKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SelectedOption other && questionUuid.equals(other.questionUuid) && optionKey.equals(other.optionKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(questionUuid, optionKey);
    }
}
