package org.commonground.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When the pages with a form warn that the session is about to end (WCAG 2.2.1
 * Timing Adjustable): {@value #IDLE_NOTICE_SECONDS} s before the idle time-out, which
 * starts again with each request, and {@value #LIFETIME_NOTICE_SECONDS} s before the
 * longest a session may last ({@code commonground.session.max-hours}, counted from the
 * session's start), which nothing extends. The warning needs no script: the page
 * shows it after the delay given here (see {@code session-warning.xhtml}).
 */
@Named
@RequestScoped
public class SessionClock {

    static final int IDLE_NOTICE_SECONDS = 180;
    static final int LIFETIME_NOTICE_SECONDS = 600;

    @Inject
    HttpServletRequest request;

    @Inject
    Dates dates;

    @Inject
    @ConfigProperty(name = "commonground.session.max-hours", defaultValue = "12")
    int maxHours;

    /** Seconds from this page's arrival until the idle warning shows. */
    public long getIdleWarningAfter() {
        HttpSession session = request.getSession(false);
        return session == null ? 0 : Math.max(0, session.getMaxInactiveInterval() - IDLE_NOTICE_SECONDS);
    }

    /** Minutes of the idle time-out, as the warning names them. */
    public long getIdleMinutes() {
        HttpSession session = request.getSession(false);
        return session == null ? 0 : session.getMaxInactiveInterval() / 60;
    }

    /** Seconds from this page's arrival until the warning that the session's lifetime is ending. */
    public long getLifetimeWarningAfter() {
        return Math.max(0, Duration.between(Instant.now(), ends()).getSeconds() - LIFETIME_NOTICE_SECONDS);
    }

    /** The time (HH:MM) the session ends whatever the person does. */
    public String getEndsAt() {
        return dates.clock(ends());
    }

    public int getMaxHours() {
        return maxHours;
    }

    private Instant ends() {
        HttpSession session = request.getSession(false);
        Instant start = session == null ? Instant.now() : Instant.ofEpochMilli(SessionPolicy.startOf(session));
        return start.plus(Duration.ofHours(maxHours));
    }
}
