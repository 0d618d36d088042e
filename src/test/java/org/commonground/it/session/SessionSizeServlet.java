package org.commonground.it.session;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test only, added by the integration suite to its own deployment (never in the
 * production WAR): {@code GET /it-only/session-size} answers, for the caller's session,
 * the bytes of each attribute serialised with Java serialisation (what session
 * replication would write on every request that changes it) and the total, one
 * {@code name bytes} line each and {@code total N} last. An attribute that cannot be
 * serialised says so instead of a size.
 */
@WebServlet("/it-only/session-size")
public class SessionSizeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        response.setContentType("text/plain");
        if (session == null) {
            response.getWriter().write("total 0\n");
            return;
        }
        Map<String, String> sizes = new TreeMap<>();
        long total = 0;
        for (String name : Collections.list(session.getAttributeNames())) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(session.getAttribute(name));
                out.flush();
                sizes.put(name, Integer.toString(bytes.size()));
                total += bytes.size();
            } catch (IOException notSerialisable) {
                sizes.put(name, "not-serialisable:" + notSerialisable.getMessage());
            }
        }
        StringBuilder text = new StringBuilder();
        sizes.forEach((name, size) -> text.append(name).append(' ').append(size).append('\n'));
        text.append("total ").append(total).append('\n');
        response.getWriter().write(text.toString());
    }
}
