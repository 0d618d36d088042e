package org.commonground.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.commonground.identity.boundary.SignedInSessions;
import org.commonground.identity.control.Tokens;
import org.commonground.identity.entity.Account;
import org.commonground.platform.web.FormToken;
import org.commonground.platform.web.SecurityHeadersFilter;
import org.commonground.platform.web.SessionPolicy;

/**
 * A signed-in session's key: 256 random bits in their own cookie ({@value #KEY_COOKIE}),
 * which a request must bring as well as the session id (Payara's session ids carry
 * fewer than 128 bits of randomness, and its generator can only be replaced
 * server-wide). The key is also what lets any node carry the session on: its hash is
 * the session's row in the database ({@link SignedInSessions}), so a node that has
 * never seen the session (the one that served it stopped) takes it over from the key
 * alone, as long as the row still stands ({@link SessionAuthentication}). The form
 * token of a signed-in session is derived from the key, so pages and the autosave of
 * the session carry on on the new node too.
 */
@ApplicationScoped
public class SessionKeys {

    static final String KEY_COOKIE = "CGKEY";
    /** The hash of the session's key, on the session. */
    static final String SESSION_KEY = "commonground.sessionKey";
    /** When the session last told its row it was seen (platform clock). */
    static final String TOUCHED = "commonground.sessionTouched";

    @Inject
    SignedInSessions sessions;

    /** Binds the session just signed in to a new key, in a cookie and in the database. */
    void bind(HttpServletRequest request, HttpServletResponse response, Account account) {
        String key = Tokens.newToken();
        String hash = Tokens.hash(key);
        HttpSession session = request.getSession();
        String replaced = cookieHash(request).filter(h -> !h.equals(hash)).orElse(null);
        Instant at = sessions.begin(hash, replaced, account.getId(),
                session.getAttribute(SingleSignOn.PROVIDER) instanceof String provider ? provider : null);
        session.setAttribute(SESSION_KEY, hash);
        session.setAttribute(TOUCHED, at);
        FormToken.bind(session, key);
        Cookie cookie = new Cookie(KEY_COOKIE, key);
        cookie.setPath(path(request));
        cookie.setHttpOnly(true);
        cookie.setSecure(SecurityHeadersFilter.isHttps(request));
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /**
     * The session of the request's key, carried on by this node into a new HttpSession:
     * empty (and the key cookie dropped, so it is not asked for again) when there is no
     * key or it no longer stands. Throws when the database cannot say.
     */
    Optional<SignedInSessions.Resumed> resume(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> key = cookieValue(request);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String hash = Tokens.hash(key.get());
        Optional<SignedInSessions.Resumed> resumed = sessions.resume(hash);
        if (resumed.isEmpty()) {
            drop(request, response);
            return resumed;
        }
        SignedInSessions.Resumed r = resumed.get();
        HttpSession session = request.getSession();
        session.setAttribute(SESSION_KEY, hash);
        session.setAttribute(TOUCHED, sessions.now());
        session.setAttribute(AccountGate.PASSWORD_STAMP, r.passwordStamp());
        session.setAttribute(AccountGate.EPOCH_STAMP, r.sessionEpoch());
        SessionPolicy.signedInAt(session, r.createdAt());
        if (r.mustChangePassword()) {
            session.setAttribute(SignInBacking.MUST_CHANGE_PASSWORD, Boolean.TRUE);
        }
        if (r.provider() != null) {
            session.setAttribute(SingleSignOn.PROVIDER, r.provider());
        }
        FormToken.bind(session, key.get());
        return resumed;
    }

    /**
     * Tells the session's row it was seen, at most once every few minutes; false when the
     * row is gone (the session was signed out, perhaps on another node).
     */
    boolean touch(HttpSession session) {
        if (!(session.getAttribute(TOUCHED) instanceof Instant touched) || !sessions.touchDue(touched)
                || !(session.getAttribute(SESSION_KEY) instanceof String hash)) {
            return true;
        }
        if (!sessions.touch(hash)) {
            return false;
        }
        session.setAttribute(TOUCHED, sessions.now());
        return true;
    }

    /** The session's password changed in it: it goes on with the new one, on any node. */
    void restamp(HttpServletRequest request, Account account) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof String hash) {
            sessions.restamp(hash, account.getId());
        }
    }

    /** The session ends: its key is refused on every node from now on, and its cookie goes. */
    void end(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        Optional<String> hash = session != null && session.getAttribute(SESSION_KEY) instanceof String h ? Optional.of(h)
                : cookieHash(request);
        hash.ifPresent(sessions::end);
        drop(request, response);
    }

    /** The hash of the request's key cookie, to compare with the session's. */
    static Optional<String> cookieHash(HttpServletRequest request) {
        return cookieValue(request).map(Tokens::hash);
    }

    private static Optional<String> cookieValue(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies).filter(c -> c.getName().equals(KEY_COOKIE))
                .map(Cookie::getValue).filter(v -> !v.isEmpty()).findFirst();
    }

    private static void drop(HttpServletRequest request, HttpServletResponse response) {
        if (cookieValue(request).isEmpty() || response.isCommitted()) {
            return;
        }
        Cookie gone = new Cookie(KEY_COOKIE, "");
        gone.setPath(path(request));
        gone.setMaxAge(0);
        gone.setHttpOnly(true);
        gone.setSecure(SecurityHeadersFilter.isHttps(request));
        gone.setAttribute("SameSite", "Lax");
        response.addCookie(gone);
    }

    private static String path(HttpServletRequest request) {
        return request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    }
}
