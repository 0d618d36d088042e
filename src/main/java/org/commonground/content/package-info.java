/**
 * Learning content as files: the format (units, quizzes, worksheets, frameworks,
 * modules), its parser and validation, Markdown rendering, and the import of the
 * shipped library into versioned modules in the database.
 */
package org.commonground.content;
