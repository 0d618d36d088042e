package org.commonground.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret per session that plain HTML forms and the autosave script send back
 * ({@code #{formToken.value}}), so another site cannot post on a person's behalf.
 * Faces forms have their view state for this; these forms post to servlets.
 */
@Named
@RequestScoped
public class FormToken {

    public static final String PARAMETER = "token";
    public static final String HEADER = "X-CG-Token";
    static final String ATTRIBUTE = "commonground.formToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    public String getValue() {
        HttpSession session = request.getSession();
        Object token = session.getAttribute(ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, token);
        }
        return (String) token;
    }

    /** Whether the request carries its session's token, as a form field or a header. */
    public static boolean isValid(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(ATTRIBUTE);
        String given = request.getHeader(HEADER) != null ? request.getHeader(HEADER) : request.getParameter(PARAMETER);
        return expected != null && given != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
