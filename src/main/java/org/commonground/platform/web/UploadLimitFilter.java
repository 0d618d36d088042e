package org.commonground.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * An upload larger than the Faces servlet accepts (its multipart-config in web.xml)
 * gets 413 and a short "file too large" page, not a failed multipart parse (a 500, and a
 * connection closed half-way through the upload). The body is read and dropped up to
 * twice the limit so the browser can show the answer; anything bigger is cut off.
 */
@WebFilter(filterName = "uploadLimit", urlPatterns = "*.xhtml")
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UploadLimitFilter.class.getName());
    /** The Faces servlet's max-request-size in web.xml. */
    static final long MAX_REQUEST_BYTES = 5_767_168;
    private static final String TOO_LARGE = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>This file is too large - Common Ground"
            + "</title></head><body><main id=\"main\"><h1>This file is too large</h1><p>The file you chose is larger than 5 MB,"
            + " the most we accept, and nothing was saved. Choose a smaller file and try again.</p>"
            + "<p><a href=\"BACK\">Back to the page</a></p></main></body></html>";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        long length = request.getContentLengthLong();
        if (type != null && type.toLowerCase().startsWith("multipart/") && length > MAX_REQUEST_BYTES) {
            LOG.warning(() -> "Refused an upload of " + length + " bytes to " + request.getServletPath());
            drain(request.getInputStream(), 2 * MAX_REQUEST_BYTES);
            // Written here, not by an error page: a Faces page would read the request's parts again and fail.
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(TOO_LARGE.replace("BACK", request.getContextPath() + request.getServletPath()));
            return;
        }
        chain.doFilter(request, response);
    }

    private static void drain(ServletInputStream in, long most) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        for (int n = in.read(buffer); n > 0 && read < most; n = in.read(buffer)) {
            read += n;
        }
    }
}
