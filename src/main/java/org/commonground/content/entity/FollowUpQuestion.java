package org.commonground.content.entity;

/**
 * A short reflective question a module asks its learners 30 and 90 days after they
 * complete it ("what have you done differently since?"): the module's lasting
 * change in practice. Answers are kept against the uuid, so keep it when rewording.
 */
public record FollowUpQuestion(String uuid, String text) {
}
