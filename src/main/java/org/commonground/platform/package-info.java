/**
 * The shared kernel: base entity, database and migrations, start-up sequence,
 * configuration, exception handling and security headers. Features depend on it;
 * it depends on no feature.
 */
package org.commonground.platform;
