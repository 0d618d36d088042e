/**
 * Authoring in the browser: drafts of modules in the file format, editors for
 * units, quizzes and worksheets, publishing new versions, co-production review,
 * and moving modules in and out as zips.
 */
package org.commonground.authoring;
