package org.commonground.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.commonground.platform.entity.VersionedEntity;

/**
 * A personal account. It belongs to the person, not to an organisation: it keeps
 * the person's record when they change employer. The email is unique regardless
 * of case ({@code emailKey} holds the folded form the database constrains).
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL_KEY, query = "select a from Account a where a.emailKey = :emailKey")
public class Account extends VersionedEntity {

    public static final String BY_EMAIL_KEY = "Account.byEmailKey";
    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;

    @Column(name = "email", nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(name = "email_key", nullable = false, unique = true, length = EMAIL_MAX)
    private String emailKey;

    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "disabled", nullable = false)
    private boolean disabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Counts "sign out everywhere": every session signed in before the last one ends at its next request. */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;
    /**
     * Unread notifications, kept by the notification feature (recounted in the database
     * whenever it adds or reads one) so that the header's count comes with the account
     * every signed-in request reads anyway. Never written through this entity.
     */
    @Column(name = "unread_notifications", insertable = false, updatable = false)
    private int unreadNotifications;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    public Account(String displayName, String email, String passwordHash, Instant createdAt) {
        rename(displayName);
        changeEmail(email);
        replacePasswordHash(passwordHash);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.roles.add(Role.LEARNER);
    }

    public static String emailKey(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public final void rename(String newName) {
        String name = Objects.requireNonNull(newName, "displayName").strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw new IllegalArgumentException("display name must have 1 to " + NAME_MAX + " characters");
        }
        this.displayName = name;
    }

    public final void changeEmail(String newEmail) {
        String trimmed = Objects.requireNonNull(newEmail, "email").trim();
        if (trimmed.isEmpty() || trimmed.length() > EMAIL_MAX) {
            throw new IllegalArgumentException("email must have 1 to " + EMAIL_MAX + " characters");
        }
        this.email = trimmed;
        this.emailKey = emailKey(trimmed);
    }

    public final void replacePasswordHash(String hash) {
        this.passwordHash = Objects.requireNonNull(hash, "passwordHash");
    }

    /** The next sign-in must choose a new password (a one-time password was issued). */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    public void passwordChanged(String newHash) {
        replacePasswordHash(newHash);
        this.mustChangePassword = false;
    }

    public void grant(Role role) {
        roles.add(Objects.requireNonNull(role));
    }

    public void revoke(Role role) {
        if (role == Role.LEARNER) {
            throw new IllegalArgumentException("everyone is a learner");
        }
        roles.remove(role);
    }

    /** Every session of the account, wherever it is, ends at its next request. */
    public void endSessions() {
        sessionEpoch++;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public void disable() {
        this.disabled = true;
    }

    public void enable() {
        this.disabled = false;
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public int getUnreadNotifications() {
        return unreadNotifications;
    }

    public String getEmail() {
        return email;
    }

    public String getEmailKey() {
        return emailKey;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
