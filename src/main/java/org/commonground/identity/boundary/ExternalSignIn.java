package org.commonground.identity.boundary;

/**
 * Someone signed in through an external identity provider, whose claims may place
 * them in an organisation ({@code organisation}: the organisation's id) and a staff
 * group (as the provider names it). Observed by the organisation feature; roles are
 * never taken from a provider.
 */
public record ExternalSignIn(long accountId, String provider, String organisation, String staffGroup) {
}
