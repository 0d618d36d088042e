package org.commonground.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.commonground.identity.control.EmailAddresses;
import org.commonground.identity.control.PasswordHasher;
import org.commonground.identity.control.PasswordPolicy;
import org.commonground.identity.control.Tokens;
import org.commonground.identity.entity.Account;
import org.commonground.identity.entity.AccountToken;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.Outbox;
import org.commonground.platform.control.MailSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links sent by email: password reset (the same answer whether or not the address
 * has an account) and confirmation of a new email address. Each link works once,
 * and only until it expires.
 */
@ApplicationScoped
public class AccountLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings mail;

    @Inject
    PasswordPolicy passwordPolicy;

    @Inject
    PasswordHasher hasher;

    @Inject
    Audit audit;

    @Inject
    @ConfigProperty(name = "commonground.identity.link-seconds", defaultValue = "1800")
    int linkSeconds;

    @Inject
    @ConfigProperty(name = "commonground.identity.undo-hours", defaultValue = "168")
    int undoHours;

    Clock clock = Clock.systemUTC();

    /** Sends a reset link if the address has an account; says nothing either way. */
    @Transactional
    public void requestPasswordReset(String email) {
        Optional<Account> account = accounts.findByEmail(email);
        if (account.isEmpty() || account.get().isDisabled()) {
            return;
        }
        Instant now = clock.instant();
        long recent = em.createQuery("select count(t) from AccountToken t where t.account = :a and t.purpose = :p"
                + " and t.createdAt > :since", Long.class).setParameter("a", account.get())
                .setParameter("p", AccountToken.Purpose.RESET_PASSWORD).setParameter("since", now.minus(Duration.ofMinutes(10)))
                .getSingleResult();
        if (recent >= 3) {
            return;
        }
        String token = issue(account.get(), AccountToken.Purpose.RESET_PASSWORD, null, now, Duration.ofSeconds(linkSeconds));
        outbox.sendLink(account.get().getEmail(), "Reset your Common Ground password",
                "Hello " + account.get().getDisplayName() + ",\n\n"
                + "Someone asked to reset the password of your Common Ground account. If it was you, open this link"
                + " within " + linkMinutes() + " minutes. It works once:\n\n"
                + mail.publicUrl() + "/reset-password.xhtml?token=" + token + "\n\n"
                + "If it was not you, you can ignore this message. Your password has not changed.\n",
                token, now.plus(Duration.ofSeconds(linkSeconds)));
    }

    /** Whether a reset link can still be used (for showing the form or a clear message). */
    public boolean resetUsable(String token) {
        return find(token, AccountToken.Purpose.RESET_PASSWORD).filter(t -> t.usableAt(clock.instant())).isPresent();
    }

    @Transactional
    public void resetPassword(String token, String newPassword) {
        AccountToken link = find(token, AccountToken.Purpose.RESET_PASSWORD)
                .filter(t -> t.usableAt(clock.instant()))
                .orElseThrow(() -> new BusinessException("identity.reset.linkInvalid"));
        passwordPolicy.problem(newPassword).ifPresent(key -> {
            throw BusinessException.onField("password", key, PasswordPolicy.MIN_LENGTH);
        });
        link.use(clock.instant());
        outbox.linkUsed(token);
        link.getAccount().passwordChanged(hasher.hash(newPassword));
        audit.record(link.getAccount().getId(), null, "PASSWORD_RESET", "by a link sent to the account's address");
    }

    /**
     * Sends a confirmation link to a new address; the email changes when it is opened.
     * Asks for the current password, so a session left open cannot move the account.
     */
    @Transactional
    public void requestEmailChange(String newEmail, String currentPassword) {
        if (!EmailAddresses.isPlausible(newEmail)) {
            throw BusinessException.onField("email", "identity.register.emailInvalid");
        }
        Account account = accounts.get(caller.id());
        if (currentPassword == null || currentPassword.isEmpty() || !hasher.matches(currentPassword, account.getPasswordHash())) {
            throw BusinessException.onField("current", "identity.password.currentWrong");
        }
        Optional<Account> owner = accounts.findByEmail(newEmail);
        if (owner.isPresent() && !owner.get().equals(account)) {
            throw BusinessException.onField("email", "identity.register.emailTaken");
        }
        Instant now = clock.instant();
        String token = issue(account, AccountToken.Purpose.CONFIRM_EMAIL, newEmail.trim(), now, Duration.ofSeconds(linkSeconds));
        outbox.sendLink(newEmail.trim(), "Confirm your new email address for Common Ground",
                "Hello " + account.getDisplayName() + ",\n\n"
                + "To use this address for your Common Ground account, open this link within " + linkMinutes()
                + " minutes. It works once:\n\n" + mail.publicUrl() + "/confirm-email.xhtml?token=" + token + "\n\n"
                + "If you did not ask for this, ignore this message.\n", token, now.plus(Duration.ofSeconds(linkSeconds)));
    }

    /**
     * Opening the link sent to the new address changes the email; the old address is
     * told, with a link that undoes the change (see {@link #undoEmailChange}).
     */
    @Transactional
    public String confirmEmail(String token) {
        AccountToken link = find(token, AccountToken.Purpose.CONFIRM_EMAIL)
                .filter(t -> t.usableAt(clock.instant()))
                .orElseThrow(() -> new BusinessException("identity.email.linkInvalid"));
        Account account = link.getAccount();
        Optional<Account> owner = accounts.findByEmail(link.getNewEmail());
        if (owner.isPresent() && !owner.get().equals(account)) {
            throw new BusinessException("identity.register.emailTaken");
        }
        Instant now = clock.instant();
        link.use(now);
        outbox.linkUsed(token);
        String old = account.getEmail();
        account.changeEmail(link.getNewEmail());
        audit.record(account.getId(), null, "EMAIL_CHANGED", "from " + old);
        Duration undoFor = Duration.ofHours(undoHours);
        String undo = issue(account, AccountToken.Purpose.UNDO_EMAIL, old, now, undoFor);
        outbox.sendLink(old, "Your Common Ground email address was changed",
                "Hello " + account.getDisplayName() + ",\n\n"
                + "The email address of your Common Ground account was changed from this address to "
                + account.getEmail() + ".\n\nIf that was you, there is nothing to do.\n\n"
                + "If it was not you, open this link within " + undoHours + " hours to put this address back and sign"
                + " out everyone using your account. Then choose a new password:\n\n"
                + mail.publicUrl() + "/undo-email.xhtml?token=" + undo + "\n", undo, now.plus(undoFor));
        return link.getNewEmail();
    }

    /**
     * The link sent to the old address: the old address comes back, every session of
     * the account ends, and any other link of the account stops working.
     */
    @Transactional
    public String undoEmailChange(String token) {
        Instant now = clock.instant();
        AccountToken link = find(token, AccountToken.Purpose.UNDO_EMAIL)
                .filter(t -> t.usableAt(now))
                .orElseThrow(() -> new BusinessException("identity.email.undoInvalid"));
        Account account = link.getAccount();
        Optional<Account> owner = accounts.findByEmail(link.getNewEmail());
        if (owner.isPresent() && !owner.get().equals(account)) {
            throw new BusinessException("identity.register.emailTaken");
        }
        link.use(now);
        outbox.linkUsed(token);
        em.createQuery("update AccountToken t set t.usedAt = :now where t.account = :a and t.usedAt is null")
                .setParameter("now", now).setParameter("a", account).executeUpdate();
        String changedTo = account.getEmail();
        account.changeEmail(link.getNewEmail());
        account.endSessions();
        audit.record(account.getId(), null, "EMAIL_CHANGE_UNDONE", "back from " + changedTo + "; every session ended");
        return account.getEmail();
    }

    private long linkMinutes() {
        return Math.max(1, linkSeconds / 60);
    }

    private String issue(Account account, AccountToken.Purpose purpose, String newEmail, Instant now, Duration lifetime) {
        String token = Tokens.newToken();
        em.persist(new AccountToken(account, purpose, Tokens.hash(token), newEmail, now, now.plus(lifetime)));
        return token;
    }

    private Optional<AccountToken> find(String token, AccountToken.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class).setParameter("hash", Tokens.hash(token))
                .getResultStream().filter(t -> t.getPurpose() == purpose).findFirst();
    }
}
