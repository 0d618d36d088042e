package org.commonground.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sessions end after a configurable idle time ({@code commonground.session.idle-minutes},
 * default 30). Where the platform is reached over HTTPS ({@code commonground.http.https})
 * the session cookie is marked Secure, so a browser never sends it over plain HTTP.
 */
@WebListener
public class SessionPolicy implements HttpSessionListener, ServletContextListener {

    static final String KEY = "commonground.session.idle-minutes";
    /** When the person signed in, if not when this session was made (a session carried on from another node). */
    static final String SIGNED_IN_AT = "commonground.signedInAt";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (SecurityHeadersFilter.httpsConfigured()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        int minutes = ConfigProvider.getConfig().getOptionalValue(KEY, Integer.class).orElse(30);
        event.getSession().setMaxInactiveInterval(minutes * 60);
    }

    /** The session carries on a sign-in made at {@code at} (on another node): its lifetime counts from then. */
    public static void signedInAt(HttpSession session, java.time.Instant at) {
        session.setAttribute(SIGNED_IN_AT, at.toEpochMilli());
    }

    /** When the session's lifetime began (milliseconds): the sign-in it carries on, else its own start. */
    public static long startOf(HttpSession session) {
        return session.getAttribute(SIGNED_IN_AT) instanceof Long at ? at : session.getCreationTime();
    }
}
