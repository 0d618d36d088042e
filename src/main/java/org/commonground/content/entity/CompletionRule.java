package org.commonground.content.entity;

/** What completes a unit. */
public enum CompletionRule {
    READ, QUIZ_PASSED, WORKSHEET_SUBMITTED
}
