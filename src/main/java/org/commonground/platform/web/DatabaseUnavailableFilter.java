package org.commonground.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonground.platform.control.Unreachable;

/**
 * A request that fails because the database cannot be reached gets 503: the
 * "unavailable for a moment" page, or for an autosave a short JSON answer its script
 * understands ({@code {"problem":"unavailable"}}), so the page says to wait rather
 * than that the person was signed out. Faces pages get the same from
 * {@link PlatformExceptionHandler}; this covers the servlets.
 */
@WebFilter(filterName = "databaseUnavailable", urlPatterns = "/*")
public class DatabaseUnavailableFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!Unreachable.database(failure) || response.isCommitted()) {
                throw failure;
            }
            LOG.log(Level.WARNING, "The database cannot be reached: {0} {1}",
                    new Object[] {request.getMethod(), request.getRequestURI()});
            if (ScriptReply.wanted(request)) {
                ScriptReply.problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "unavailable");
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }
}
