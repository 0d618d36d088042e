package org.commonground.learning.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.commonground.learning.boundary.CalendarFeeds;

/**
 * A learner's calendar feed at its private address ({@code /calendar/<token>.ics}), for
 * calendar programs that subscribe without signing in: the token is the key. A revoked
 * or unknown token, or the feed of a disabled or erased account, is 404, like any
 * address that does not exist.
 */
@WebServlet(name = "calendarFeed", urlPatterns = CalendarFeeds.PATH + "*")
public class CalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarFeeds feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String token = path != null && path.startsWith("/") && path.endsWith(".ics") ? path.substring(1, path.length() - 4) : null;
        Optional<String> feed = feeds.feed(token);
        if (feed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
