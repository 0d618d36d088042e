/**
 * Worksheets as learners fill them in: answers saved while they type, private to
 * the learner, submitted when done; and the practice follow-up ({@code FollowUps}):
 * a module's questions 30 and 90 days after completion, answered privately, counted
 * (never read) by reporting and maturity.
 */
package org.commonground.reflection;
