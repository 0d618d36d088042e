package org.commonground.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The short JSON answers the platform's one script (the worksheet's autosave) gets,
 * whatever happened: saved, refused, signed out or unavailable. A script request
 * carries the {@value #HEADER} header; it must never get an HTML page, because a
 * page with status 200 reads as a save that worked.
 */
public final class ScriptReply {

    public static final String HEADER = "X-Autosave";

    private ScriptReply() {
    }

    public static boolean wanted(HttpServletRequest request) {
        return request.getHeader(HEADER) != null;
    }

    /** Writes the status and the JSON body, and commits the response so nothing else replaces it. */
    public static void send(HttpServletResponse response, int status, String json) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json);
        response.flushBuffer();
    }

    /** {@code {"problem":"<key>"}}; the key is one of ours, never text from the request. */
    public static void problem(HttpServletResponse response, int status, String key) throws IOException {
        send(response, status, "{\"problem\":\"" + key + "\"}");
    }
}
