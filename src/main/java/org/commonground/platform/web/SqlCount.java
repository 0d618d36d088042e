package org.commonground.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.commonground.platform.control.SqlStatements;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code commonground.diagnostics.sql-count} on (tests and benchmarks), pages can
 * show how many SQL statements the request has sent so far ({@code #{sqlCount.value}}); the
 * page layout prints it, hidden, as the last element of every page ({@code #sqlStatements}).
 */
@Named("sqlCount")
@ApplicationScoped
public class SqlCount {

    @Inject
    @ConfigProperty(name = "commonground.diagnostics.sql-count", defaultValue = "false")
    boolean enabled;

    public boolean isEnabled() {
        return enabled;
    }

    public String getValue() {
        return enabled ? Integer.toString(SqlStatements.count()) : "";
    }

    /** The response header that carries the count for responses that are not pages (autosaves, redirects). */
    public static final String HEADER = "X-SQL-Statements";

    /**
     * Starts each request's count at zero. With counting on, a response that is not a
     * page also says how many statements it took: the header is set when the response
     * is about to be written or redirected, after the request's work is done.
     */
    @WebFilter(filterName = "sqlCount", urlPatterns = "/*")
    public static class Reset extends HttpFilter {

        private static final long serialVersionUID = 1L;

        @Inject
        SqlCount sqlCount;

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            SqlStatements.reset();
            chain.doFilter(request, sqlCount.isEnabled() ? new Stamped(response) : response);
        }
    }

    /** Sets {@link #HEADER} to the count so far when the body or a redirect starts. */
    static final class Stamped extends jakarta.servlet.http.HttpServletResponseWrapper {

        Stamped(HttpServletResponse response) {
            super(response);
        }

        private void stamp() {
            if (!isCommitted()) {
                setHeader(HEADER, Integer.toString(SqlStatements.count()));
            }
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            stamp();
            super.sendRedirect(location);
        }

        @Override
        public java.io.PrintWriter getWriter() throws IOException {
            stamp();
            return super.getWriter();
        }

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() throws IOException {
            stamp();
            return super.getOutputStream();
        }
    }
}
