/**
 * Organisations and their teams, who belongs to them (memberships with a staff
 * group), who manages which team, join codes and invitations, and leavers.
 */
package org.commonground.organisation;
