package org.commonground.authoring.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonground.authoring.boundary.ModuleMedia;
import org.commonground.content.control.Media;
import org.commonground.platform.boundary.AccessDeniedException;
import org.commonground.platform.boundary.NotFoundException;

/**
 * Serves a module's pictures at {@code /media/<module>/<hash>/<folder>/<file>}: the hash
 * makes the address of a published picture never change, so browsers keep it for a year
 * without asking again. A draft's picture ({@code /media/<module>/draft/...}) may change
 * and is checked on each use (its hash is its ETag). An SVG gets a policy that runs no
 * script and loads nothing, even if opened on its own.
 */
@WebServlet(name = "moduleMedia", urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("^/([0-9a-f-]{36})/([0-9a-f]{64}|draft)/([a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9.-]*)$");
    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    @Inject
    ModuleMedia media;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(String.valueOf(request.getPathInfo()));
        Optional<ModuleMedia.Served> served;
        try {
            served = m.matches() ? media.find(m.group(1), m.group(2), Media.LINK_PREFIX + m.group(3)) : Optional.empty();
        } catch (AccessDeniedException e) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (NotFoundException e) {
            served = Optional.empty();
        }
        if (served.isEmpty()) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ModuleMedia.Served picture = served.get();
        String etag = "\"" + picture.hash() + "\"";
        // Only people who may read the module get its pictures: no shared cache may keep them.
        response.setHeader("Cache-Control", picture.draft() ? "private, no-cache" : "private, max-age=31536000, immutable");
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType(picture.type().contentType());
        if (picture.type() == Media.Type.SVG) {
            response.setHeader("Content-Security-Policy", SVG_POLICY);
        }
        String match = request.getHeader("If-None-Match");
        if (match != null && (match.contains(etag) || match.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentLength(picture.bytes().length);
        response.getOutputStream().write(picture.bytes());
    }
}
