package org.commonground.content.entity;

/**
 * One option of a question, with the feedback a learner sees after answering. A
 * pinned option (such as "none of these") keeps its place when the options are shuffled.
 */
public record AnswerOption(String key, String text, boolean correct, String feedback, double weight, boolean pinned) {

    public AnswerOption(String key, String text, boolean correct, String feedback, double weight) {
        this(key, text, correct, feedback, weight, false);
    }
}
