/**
 * The shared kernel: base entity, database and migrations, start-up sequence,
 * configuration, exception handling and security headers, the mail outbox, and the
 * scheduler that runs each background job ({@code ScheduledJob}) once across all nodes
 * under a lease in the database. Features depend on it;
 * it depends on no feature.
 */
package org.commonground.platform;
