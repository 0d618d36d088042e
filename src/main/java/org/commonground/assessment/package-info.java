/** Quizzes as learners take them: attempts, scoring with partial credit, feedback. */
package org.commonground.assessment;
