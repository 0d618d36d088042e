package org.commonground.bench.ceiling;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The smallest answer the platform's server can give: a few bytes, no session, no
 * database. It passes through the same filters as every page, so load-test figures
 * can be read as a ratio to it. Built only with the Maven profile {@code bench}
 * (src/bench/load), never into the normal WAR.
 */
@WebServlet(name = "benchCeiling", urlPatterns = "/bench/ceiling")
public class CeilingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final byte[] BODY = "ok\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setContentLength(BODY.length);
        response.getOutputStream().write(BODY);
    }
}
