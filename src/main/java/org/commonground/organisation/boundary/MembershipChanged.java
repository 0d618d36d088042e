package org.commonground.organisation.boundary;

/** A person joined or left an organisation or one of its teams: what is assigned to them may have changed. */
public record MembershipChanged(long accountId) {
}
