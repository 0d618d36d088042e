/**
 * Worksheets as learners fill them in: answers saved while they type, private to
 * the learner, submitted when done.
 */
package org.commonground.reflection;
