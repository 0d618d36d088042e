package org.commonground.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonground.identity.control.Tokens;
import org.commonground.identity.entity.Account;
import org.commonground.identity.entity.Role;
import org.commonground.platform.web.SecurityHeadersFilter;
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
 * A signed-in session is bound to a key cookie (see {@link #bindKey}): without it, the session id alone is refused.
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
    static final String SESSION_KEY = "commonground.sessionKey";
    static final String KEY_COOKIE = "CGKEY";
    private static final Set<String> OPEN_WHILE_CHANGING = Set.of(PASSWORD_PAGE, "/sign-in.xhtml", "/privacy.xhtml",
            "/accessibility.xhtml");

    @Inject
    CurrentPerson me;

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
            Object key = session == null ? null : session.getAttribute(SESSION_KEY);
            if (key != null && !key.equals(keyHash(request))) {
                end(request, response, "signedOut");
                return;
            }
            Object epoch = session == null ? null : session.getAttribute(EPOCH_STAMP);
            if (epoch != null && !epoch.equals(account.get().getSessionEpoch())) {
                end(request, response, "everywhere");
                return;
            }
            if (session != null && outlived(session.getCreationTime(), Instant.now(), maxHours)) {
                end(request, response, "lifetime");
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

    /**
     * Binds a signed-in session to a second secret of 256 random bits, in its own
     * cookie: a request must bring both. Payara's session ids carry fewer than 128
     * bits of randomness (its generator mixes the time, an identity hash and the
     * host's address with random digits) and the generator can only be replaced
     * server-wide, from a class outside the WAR; with the key, guessing a session
     * means guessing at least 256 bits.
     */
    static void bindKey(HttpServletRequest request, HttpServletResponse response) {
        String key = Tokens.newToken();
        request.getSession().setAttribute(SESSION_KEY, Tokens.hash(key));
        Cookie cookie = new Cookie(KEY_COOKIE, key);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(SecurityHeadersFilter.isHttps(request));
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static String keyHash(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> c.getName().equals(KEY_COOKIE))
                .map(c -> Tokens.hash(c.getValue())).findFirst().orElse(null);
    }

    /** A short fingerprint of the account's password hash: it changes whenever the password does. */
    static String passwordStamp(Account account) {
        return Tokens.hash(account.getPasswordHash()).substring(0, 16);
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
