/**
 * The learner's record: certificates anyone can verify, the record of completions
 * and its exports, a download of everything held about a person, and erasure.
 */
package org.commonground.record;
