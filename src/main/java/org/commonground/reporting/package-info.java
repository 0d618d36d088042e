/**
 * What managers see: completion for a team (people by assigned modules, red, amber,
 * green) and for an organisation (by team, module and staff group), computed in the
 * database, and their exports. Read-only.
 */
package org.commonground.reporting;
