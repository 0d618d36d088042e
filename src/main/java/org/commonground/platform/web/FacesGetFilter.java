package org.commonground.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Faces actions run only on POST. Faces treats any request that carries a view state
 * as a postback, a GET too; a link with one in its address (from another site, say)
 * would press a button on the person's behalf. Such a GET gets 400.
 */
@WebFilter(filterName = "facesGet", urlPatterns = "*.xhtml")
public class FacesGetFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) && request.getQueryString() != null
                && request.getQueryString().contains(VIEW_STATE)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
