package org.commonground.identity.boundary;

import jakarta.security.enterprise.credential.Credential;

/**
 * Signs in the account that registration has just made, whose password was checked
 * and hashed a moment ago: hashing it a second time to sign in would double the
 * cost of every registration. Only the registration page makes one; nothing a
 * browser sends can become one.
 */
public record NewAccountCredential(long accountId) implements Credential {
}
