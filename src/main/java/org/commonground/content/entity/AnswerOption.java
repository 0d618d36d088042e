package org.commonground.content.entity;

/** One option of a question, with the feedback a learner sees after answering. */
public record AnswerOption(String key, String text, boolean correct, String feedback, double weight) {
}
