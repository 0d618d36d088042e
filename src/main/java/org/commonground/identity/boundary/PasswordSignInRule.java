package org.commonground.identity.boundary;

import java.util.Optional;

/**
 * A rule, kept by another feature, that may refuse an account signing in with its
 * password (an organisation that requires single sign-on for its members). Answers
 * the message key to show, or nothing when the password may be used.
 */
public interface PasswordSignInRule {

    Optional<String> refusal(long accountId);
}
