/**
 * The learner's journey through modules: assignments with due dates, progress
 * through units, completion (recorded at once, with the module version) and the
 * learner's maturity stage.
 */
package org.commonground.learning;
