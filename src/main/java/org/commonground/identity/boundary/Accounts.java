package org.commonground.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.commonground.identity.control.EmailAddresses;
import org.commonground.identity.control.PasswordHasher;
import org.commonground.identity.control.PasswordPolicy;
import org.commonground.identity.entity.Account;
import org.commonground.identity.entity.Role;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;

/**
 * Personal accounts: registration, lookup, credential checks and password changes.
 * Anyone may register; everyone registered is a learner.
 */
@ApplicationScoped
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordPolicy passwordPolicy;

    @Inject
    PasswordHasher hasher;

    Clock clock = Clock.systemUTC();

    @Inject
    jakarta.enterprise.event.Event<AccountRegistered> registered;

    @Inject
    Audit audit;

    /** Registers a learner. Problems are reported against the field they belong to. */
    @Transactional
    public Account register(String displayName, String email, String password) {
        return register(displayName, email, password, null, null);
    }

    /** Registers a learner who joins an organisation with a code at once (see {@link AccountRegistered}). */
    @Transactional
    public Account register(String displayName, String email, String password, String joinCode, String staffGroup) {
        String name = displayName(displayName);
        if (!EmailAddresses.isPlausible(email)) {
            throw BusinessException.onField("email", "identity.register.emailInvalid");
        }
        passwordPolicy.problem(password).ifPresent(key -> {
            throw BusinessException.onField("password", key, PasswordPolicy.MIN_LENGTH);
        });
        if (findByEmail(email).isPresent()) {
            throw BusinessException.onField("email", "identity.register.emailTaken");
        }
        Account account = new Account(name, email, hasher.hash(password), clock.instant());
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException raced) {
            throw BusinessException.onField("email", "identity.register.emailTaken");
        }
        if (joinCode != null && !joinCode.isBlank()) {
            registered.fire(new AccountRegistered(account.getId(), joinCode, staffGroup));
        }
        return account;
    }

    /** Creates an account with roles and, optionally, a one-time password (administration, demo data). */
    @Transactional
    public Account create(String displayName, String email, String password, boolean oneTimePassword, Role... roles) {
        Account account = new Account(displayName, email, hasher.hash(password), clock.instant());
        for (Role role : roles) {
            account.grant(role);
        }
        if (oneTimePassword) {
            account.requirePasswordChange();
        }
        em.persist(account);
        return account;
    }

    /**
     * An account for a person an external identity provider vouched for (see
     * {@link ExternalIdentities}): no password anyone knows (a reset link sent to the
     * address gives one), and a name from the provider, or from the address when the
     * provider's name cannot be used.
     */
    @Transactional
    public Account createExternal(String claimedName, String email) {
        if (!EmailAddresses.isPlausible(email)) {
            throw new BusinessException("identity.sso.noEmail");
        }
        String name;
        try {
            name = displayName(claimedName);
        } catch (BusinessException unusable) {
            name = displayName(email.substring(0, email.indexOf('@')));
        }
        Account account = new Account(name, email.strip(), hasher.hash(org.commonground.identity.control.Tokens.newToken()),
                clock.instant());
        em.persist(account);
        em.flush();
        return account;
    }

    public Optional<Account> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_EMAIL_KEY, Account.class)
                .setParameter("emailKey", Account.emailKey(email))
                .getResultStream()
                .findFirst();
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** The account with its roles in one statement: every page reads the signed-in person's. */
    public Optional<Account> findWithRoles(long id) {
        return em.createQuery("select distinct a from Account a left join fetch a.roles where a.id = :id", Account.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public Account get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("identity.account.notFound"));
    }

    /** The account whose email and password match and which may sign in. */
    public Optional<Account> verify(String email, String password) {
        Optional<Account> account = findByEmail(email);
        if (account.isEmpty() || password == null) {
            hasher.matchNobody(password == null ? "" : password);
            return Optional.empty();
        }
        boolean matches = hasher.matches(password, account.get().getPasswordHash());
        return matches && !account.get().isDisabled() ? account : Optional.empty();
    }

    /** Changes the caller's own name. */
    @Transactional
    public void rename(long accountId, String name) {
        get(accountId).rename(displayName(name));
    }

    /**
     * A name as typed, checked: not empty-looking (at least one visible character),
     * not too long, and without the invisible characters that reorder or hide text
     * (bidirectional overrides and isolates, zero-width characters).
     */
    private static String displayName(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (hidesText(name)) {
            throw BusinessException.onField("name", "identity.register.nameCharacters");
        }
        if (name.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw BusinessException.onField("name", "identity.register.nameRequired");
        }
        if (name.length() > Account.NAME_MAX) {
            throw BusinessException.onField("name", "identity.register.nameTooLong", Account.NAME_MAX);
        }
        return name;
    }

    /** Control and format characters; a zero-width (non-)joiner only between two letters, as some scripts need it. */
    static boolean hidesText(String name) {
        int[] c = name.codePoints().toArray();
        for (int i = 0; i < c.length; i++) {
            boolean joinsLetters = (c[i] == 0x200C || c[i] == 0x200D) && i > 0 && i < c.length - 1
                    && Character.isLetter(c[i - 1]) && Character.isLetter(c[i + 1]);
            if (!joinsLetters && (Character.getType(c[i]) == Character.FORMAT || Character.isISOControl(c[i]))) {
                return true;
            }
        }
        return false;
    }

    @Transactional
    public void changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = get(accountId);
        if (currentPassword == null || !hasher.matches(currentPassword, account.getPasswordHash())) {
            throw BusinessException.onField("current", "identity.password.currentWrong");
        }
        passwordPolicy.problem(newPassword).ifPresent(key -> {
            throw BusinessException.onField("password", key, PasswordPolicy.MIN_LENGTH);
        });
        if (hasher.matches(newPassword, account.getPasswordHash())) {
            throw BusinessException.onField("password", "identity.password.unchanged");
        }
        account.passwordChanged(hasher.hash(newPassword));
        audit.record(accountId, null, "PASSWORD_CHANGED", "");
    }
}
