package org.commonground.assessment.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.commonground.platform.entity.BaseEntity;

/**
 * One submitted attempt at a quiz, numbered per learner and quiz. The number is
 * unique, so a double click, a second tab or a replayed request records one attempt.
 */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt extends BaseEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "module_uuid", nullable = false, length = 36)
    private String moduleUuid;

    @Column(name = "module_version", nullable = false)
    private int moduleVersion;

    @Column(name = "unit_uuid", nullable = false, length = 36)
    private String unitUuid;

    @Column(name = "quiz_uuid", nullable = false, length = 36)
    private String quizUuid;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "score", nullable = false)
    private double score;

    @Column(name = "passed", nullable = false)
    private boolean passed;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    /** The drawn questions' uuids, space-separated; null when the attempt was given every question. */
    @Column(name = "paper", length = 4000)
    private String paper;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quiz_answer", joinColumns = @JoinColumn(name = "attempt_id"))
    private Set<SelectedOption> answers = new HashSet<>();

    protected QuizAttempt() {
    }

    public QuizAttempt(long accountId, String moduleUuid, int moduleVersion, String unitUuid, String quizUuid, int number,
            Map<String, Set<String>> selected, double score, boolean passed, Instant submittedAt) {
        this.accountId = accountId;
        this.moduleUuid = Objects.requireNonNull(moduleUuid);
        this.moduleVersion = moduleVersion;
        this.unitUuid = Objects.requireNonNull(unitUuid);
        this.quizUuid = Objects.requireNonNull(quizUuid);
        if (number < 1) {
            throw new IllegalArgumentException("attempts are numbered from 1");
        }
        this.number = number;
        this.score = score;
        this.passed = passed;
        this.submittedAt = Objects.requireNonNull(submittedAt);
        selected.forEach((question, keys) -> keys.forEach(k -> answers.add(new SelectedOption(question, k))));
    }

    /** Records which questions were drawn for this attempt (null: all of them). */
    public QuizAttempt drawn(java.util.List<String> questionUuids) {
        this.paper = questionUuids == null ? null : String.join(" ", questionUuids);
        return this;
    }

    /** The drawn questions' uuids; empty when the attempt was given every question. */
    public java.util.List<String> drawnQuestions() {
        return paper == null || paper.isBlank() ? java.util.List.of() : java.util.List.of(paper.split(" "));
    }

    /** The selected option keys by question uuid. */
    public Map<String, Set<String>> selections() {
        Map<String, Set<String>> byQuestion = new LinkedHashMap<>();
        for (SelectedOption answer : answers) {
            byQuestion.computeIfAbsent(answer.getQuestionUuid(), q -> new TreeSet<>()).add(answer.getOptionKey());
        }
        return byQuestion;
    }

    public boolean selected(String questionUuid, String optionKey) {
        return answers.contains(new SelectedOption(questionUuid, optionKey));
    }

    public long getAccountId() {
        return accountId;
    }

    public String getModuleUuid() {
        return moduleUuid;
    }

    public int getModuleVersion() {
        return moduleVersion;
    }

    public String getUnitUuid() {
        return unitUuid;
    }

    public String getQuizUuid() {
        return quizUuid;
    }

    public int getNumber() {
        return number;
    }

    public double getScore() {
        return score;
    }

    public boolean isPassed() {
        return passed;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Set<SelectedOption> getAnswers() {
        return Collections.unmodifiableSet(answers);
    }
}
