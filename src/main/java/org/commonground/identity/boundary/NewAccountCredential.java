package org.commonground.identity.boundary;

import jakarta.security.enterprise.credential.Credential;

/**
 * Signs in the account that registration has just made, whose password was checked
 * and hashed a moment ago: hashing it a second time to sign in would double the
 * cost of every registration. Also the account an identity provider has just vouched
 * for (see {@link ExternalIdentities}). Only the registration page and the single
 * sign-on code make one; nothing a browser sends can become one.
 */
public record NewAccountCredential(long accountId) implements Credential {
}
