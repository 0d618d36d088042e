/**
 * The learner's progress and the one answer to "is this person trained?": unit and
 * module progress, completions, a stored status per person and module
 * ({@code ModuleStatus}), and the currency policy ({@code CurrencyPolicy}) that every
 * page, export and certificate reads. No other package decides a status.
 *
 * <p>The chain from a quiz answer to a stage: assessment scores an attempt and fires
 * {@code QuizScored}; learning's {@code Journey} completes the unit (or reopens it) and,
 * when every unit of the published version is complete, records a {@code Completion} and
 * fires {@code ModuleCompleted}; {@code Progress} stores the completion on the person's
 * status (with its renewal date), record issues the certificate, and the learner's stage
 * is the highest stage whose modules are all current. A submitted worksheet
 * ({@code WorksheetSubmitted}, from reflection) and a unit marked read follow the same
 * path. Assignments ({@code AssignmentChanged}), team and organisation membership
 * ({@code MembershipChanged}) and material changes ({@code MaterialChangePublished})
 * update the stored statuses in the same transaction. Due soon, overdue and renewal are
 * decided when read, from the stored dates and the platform clock.
 */
package org.commonground.progress;
