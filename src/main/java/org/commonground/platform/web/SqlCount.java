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

    /** Starts each request's count at zero. */
    @WebFilter(filterName = "sqlCount", urlPatterns = "/*")
    public static class Reset extends HttpFilter {

        private static final long serialVersionUID = 1L;

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            SqlStatements.reset();
            chain.doFilter(request, response);
        }
    }
}
