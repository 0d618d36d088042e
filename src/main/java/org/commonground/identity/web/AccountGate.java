package org.commonground.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonground.identity.boundary.SignedInSessions;
import org.commonground.identity.entity.Account;
import org.commonground.identity.entity.Role;
import org.commonground.platform.web.SessionPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checked on every request a signed-in person makes, to any path (pages, downloads,
 * exports, autosave, quiz submission): a disabled (or erased)
 * account's session ends at once; a session whose roles no longer match the
 * account's (a role was granted or removed) ends too, so removals take effect now;
 * and someone with a one-time password sees nothing but the change-password page.
 * A session signed in with a password that has since been changed (here or by a
 * reset link) ends too: a password change ends the person's other sessions.
 * So does every session of a person who signed out everywhere (an email change undone).
 * A signed-in session is bound to a key cookie (see {@link SessionKeys}): without it, the session id alone is refused.
 * Every few minutes a session tells its row in the database it was seen (the idle time-out on
 * other nodes); a session whose row is gone (signed out on another node) ends here too.
 * A session also ends, however busy, once it is older than its absolute lifetime
 * ({@code commonground.session.max-hours}, default 12).
 * When the account cannot be read (the database is down), the person gets the
 * "unavailable for a moment" page (503) at once and keeps their session.
 */
@WebFilter(filterName = "accountGate", urlPatterns = "/*")
public class AccountGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AccountGate.class.getName());
    static final String PASSWORD_PAGE = "/account/password.xhtml";
    static final String PASSWORD_STAMP = "commonground.passwordStamp";
    static final String EPOCH_STAMP = "commonground.sessionEpoch";
    private static final Set<String> OPEN_WHILE_CHANGING = Set.of(PASSWORD_PAGE, "/sign-in.xhtml", "/privacy.xhtml",
            "/accessibility.xhtml");

    @Inject
    CurrentPerson me;

    @Inject
    SessionKeys keys;

    @Inject
    @ConfigProperty(name = "commonground.session.max-hours", defaultValue = "12")
    int maxHours;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            Optional<Account> account;
            try {
                account = me.account();
            } catch (RuntimeException unreachable) {
                LOG.log(Level.WARNING, "Cannot read the signed-in account: {0}", String.valueOf(unreachable.getMessage()).lines()
                        .findFirst().orElse(""));
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            if (account.isEmpty() || account.get().isDisabled()) {
                end(request, response, "ended");
                return;
            }
            if (rolesChanged(request, account.get())) {
                end(request, response, "roles");
                return;
            }
            HttpSession session = request.getSession(false);
            Object stamp = session == null ? null : session.getAttribute(PASSWORD_STAMP);
            if (stamp != null && !stamp.equals(passwordStamp(account.get()))) {
                end(request, response, "password");
                return;
            }
            Object key = session == null ? null : session.getAttribute(SessionKeys.SESSION_KEY);
            if (key != null && !key.equals(SessionKeys.cookieHash(request).orElse(null))) {
                end(request, response, "signedOut");
                return;
            }
            Object epoch = session == null ? null : session.getAttribute(EPOCH_STAMP);
            if (epoch != null && !epoch.equals(account.get().getSessionEpoch())) {
                end(request, response, "everywhere");
                return;
            }
            if (session != null && outlived(SessionPolicy.startOf(session), Instant.now(), maxHours)) {
                end(request, response, "lifetime");
                return;
            }
            if (session != null && !touched(session)) {
                end(request, response, "signedOut");
                return;
            }
            String path = request.getServletPath();
            if (session != null && session.getAttribute(SignInBacking.MUST_CHANGE_PASSWORD) != null
                    && !OPEN_WHILE_CHANGING.contains(path) && !path.startsWith("/error/")) {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Remembers on the session which password it was signed in with (see {@link #passwordStamp}),
     * and in which of the account's session epochs (see {@link Account#endSessions()}).
     */
    static void stamp(HttpServletRequest request, Account account) {
        request.getSession().setAttribute(PASSWORD_STAMP, passwordStamp(account));
        request.getSession().setAttribute(EPOCH_STAMP, account.getSessionEpoch());
    }

    /** A short fingerprint of the account's password hash: it changes whenever the password does. */
    static String passwordStamp(Account account) {
        return SignedInSessions.passwordStamp(account);
    }

    /** The session told its row it was seen (when due); false when the row is gone. Unreachable database: not now. */
    private boolean touched(HttpSession session) {
        try {
            return keys.touch(session);
        } catch (RuntimeException unreachable) {
            LOG.log(Level.WARNING, "Cannot note a session as seen: {0}", String.valueOf(unreachable.getMessage()).lines()
                    .findFirst().orElse(""));
            return true;
        }
    }

    /** Whether a session made at this moment (milliseconds) has outlived its absolute lifetime. */
    static boolean outlived(long createdMillis, Instant now, int maxHours) {
        return !Instant.ofEpochMilli(createdMillis).plus(Duration.ofHours(maxHours)).isAfter(now);
    }

    private static boolean rolesChanged(HttpServletRequest request, Account account) {
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.name()) != account.holds(role)) {
                return true;
            }
        }
        return false;
    }

    private static void end(HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException, ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/sign-in.xhtml?" + reason + "=true");
    }
}
