package org.commonground.identity.boundary;

/**
 * Fired inside the registration transaction when someone registers with a join
 * code. An observer that refuses the code (by throwing) undoes the registration,
 * so a person never ends up registered but not joined by mistake.
 */
public record AccountRegistered(long accountId, String joinCode, String staffGroup) {
}
