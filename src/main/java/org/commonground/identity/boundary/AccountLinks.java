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
        String token = issue(account.get(), AccountToken.Purpose.RESET_PASSWORD, null, now);
        outbox.send(account.get().getEmail(), "Reset your Common Ground password",
                "Hello " + account.get().getDisplayName() + ",\n\n"
                + "Someone asked to reset the password of your Common Ground account. If it was you, open this link"
                + " within " + linkMinutes() + " minutes. It works once:\n\n"
                + mail.publicUrl() + "/reset-password.xhtml?token=" + token + "\n\n"
                + "If it was not you, you can ignore this message. Your password has not changed.\n");
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
        link.getAccount().passwordChanged(hasher.hash(newPassword));
        audit.record(link.getAccount().getId(), null, "PASSWORD_RESET", "by a link sent to the account's address");
    }

    /** Sends a confirmation link to a new address; the email changes when it is opened. */
    @Transactional
    public void requestEmailChange(String newEmail) {
        if (!EmailAddresses.isPlausible(newEmail)) {
            throw BusinessException.onField("email", "identity.register.emailInvalid");
        }
        Account account = accounts.get(caller.id());
        Optional<Account> owner = accounts.findByEmail(newEmail);
        if (owner.isPresent() && !owner.get().equals(account)) {
            throw BusinessException.onField("email", "identity.register.emailTaken");
        }
        String token = issue(account, AccountToken.Purpose.CONFIRM_EMAIL, newEmail.trim(), clock.instant());
        outbox.send(newEmail.trim(), "Confirm your new email address for Common Ground",
                "Hello " + account.getDisplayName() + ",\n\n"
                + "To use this address for your Common Ground account, open this link within " + linkMinutes()
                + " minutes. It works once:\n\n" + mail.publicUrl() + "/confirm-email.xhtml?token=" + token + "\n\n"
                + "If you did not ask for this, ignore this message.\n");
    }

    @Transactional
    public String confirmEmail(String token) {
        AccountToken link = find(token, AccountToken.Purpose.CONFIRM_EMAIL)
                .filter(t -> t.usableAt(clock.instant()))
                .orElseThrow(() -> new BusinessException("identity.email.linkInvalid"));
        Optional<Account> owner = accounts.findByEmail(link.getNewEmail());
        if (owner.isPresent() && !owner.get().equals(link.getAccount())) {
            throw new BusinessException("identity.register.emailTaken");
        }
        link.use(clock.instant());
        String old = link.getAccount().getEmail();
        link.getAccount().changeEmail(link.getNewEmail());
        audit.record(link.getAccount().getId(), null, "EMAIL_CHANGED", "from " + old);
        return link.getNewEmail();
    }

    private long linkMinutes() {
        return Math.max(1, linkSeconds / 60);
    }

    private String issue(Account account, AccountToken.Purpose purpose, String newEmail, Instant now) {
        String token = Tokens.newToken();
        em.persist(new AccountToken(account, purpose, Tokens.hash(token), newEmail, now, now.plus(Duration.ofSeconds(linkSeconds))));
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
