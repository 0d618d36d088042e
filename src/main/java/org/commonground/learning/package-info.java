/**
 * The learner's journey through modules: assignments with due dates, progress
 * through units, completion (recorded at once, with the module version) and the
 * learner's maturity stage; and the learner's calendar feed of due and renewal
 * dates at a private, revocable address ({@code CalendarFeeds}).
 */
package org.commonground.learning;
