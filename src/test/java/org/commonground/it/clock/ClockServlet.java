package org.commonground.it.clock;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Test only (see {@link MovableClock}): {@code POST /it-only/clock?days=N} puts the
 * platform clock N days after real time (0: real time again), {@code &minutes=M} M minutes
 * more; answers the platform's instant.
 */
@WebServlet("/it-only/clock")
public class ClockServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long days = Long.parseLong(request.getParameter("days"));
        String minutes = request.getParameter("minutes");
        MovableClock.OFFSET.set(Duration.ofDays(days).plusMinutes(minutes == null ? 0 : Long.parseLong(minutes)));
        response.setContentType("text/plain");
        response.getWriter().write(Instant.now().plus(MovableClock.OFFSET.get()).toString());
    }
}
