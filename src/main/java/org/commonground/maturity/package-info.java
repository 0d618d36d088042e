/**
 * The organisation's stage on the skills-and-capacity framework: training
 * activities evidenced from completion, the rest self-assessed by its managers.
 */
package org.commonground.maturity;
