/**
 * Personal accounts: registration, sign-in (Jakarta Security with a custom form),
 * password hashing and policy, sign-in throttling and the roles a person holds.
 */
package org.commonground.identity;
