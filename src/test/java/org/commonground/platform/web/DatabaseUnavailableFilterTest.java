package org.commonground.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The autosave's reply when the database cannot be reached: 503 with JSON its script reads, never a page. */
class DatabaseUnavailableFilterTest {

    private final Map<String, String> headers = new HashMap<>();
    private final Map<String, Object> sent = new HashMap<>();
    private final StringWriter body = new StringWriter();

    private HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get(args[0]);
                    case "getMethod" -> "POST";
                    case "getRequestURI" -> "/learn/worksheet-save";
                    default -> null;
                });
    }

    private HttpServletResponse response() {
        PrintWriter writer = new PrintWriter(body);
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isCommitted" -> false;
                    case "getWriter" -> writer;
                    case "setStatus", "sendError", "setContentType", "setCharacterEncoding" -> sent.put(method.getName(), args[0]);
                    case "flushBuffer" -> {
                        writer.flush();
                        yield null;
                    }
                    default -> null;
                });
    }

    private static final FilterChain DATABASE_DOWN = (request, response) -> {
        throw new ServletException(new RuntimeException(new SQLException("Connection refused", "08001", new ConnectException())));
    };

    @Test
    void anAutosaveGets503WithJson() throws Exception {
        headers.put(ScriptReply.HEADER, "1");

        new DatabaseUnavailableFilter().doFilter(request(), response(), DATABASE_DOWN);

        assertThat(sent).containsEntry("setStatus", 503).containsEntry("setContentType", "application/json").doesNotContainKey("sendError");
        assertThat(body.toString()).isEqualTo("{\"problem\":\"unavailable\"}");
    }

    @Test
    void aPageGetsThe503ErrorPage() throws Exception {
        new DatabaseUnavailableFilter().doFilter(request(), response(), DATABASE_DOWN);

        assertThat(sent).containsEntry("sendError", 503).doesNotContainKey("setStatus");
        assertThat(body.toString()).isEmpty();
    }
}
