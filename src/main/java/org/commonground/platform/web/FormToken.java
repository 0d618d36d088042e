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
    private static final byte[] OWNER_KEY = random(32);

    @Inject
    HttpServletRequest request;

    public String getValue() {
        HttpSession session = request.getSession();
        Object token = session.getAttribute(ATTRIBUTE);
        if (token == null) {
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
            session.setAttribute(ATTRIBUTE, token);
        }
        return (String) token;
    }

    /**
     * A mark of the signed-in person for their forms ({@code #{formToken.owner}}), so a
     * form kept while they were signed out is shown back only to them ({@link KeptForm}).
     * It names no one: a keyed hash of the caller, with a key this server made at start.
     */
    public String getOwner() {
        return owner(request);
    }

    static String owner(HttpServletRequest request) {
        return keyed(request, "owner:");
    }

    /**
     * The key (AES-256, base64url) with which the worksheet's script encrypts what the
     * signed-in person typed and the server has not acknowledged, kept in the browser.
     * Only that person's sessions are given it, the same in each, so their words can be
     * read back after they sign in again, and by no one else on a shared PC.
     */
    public String getStorageKey() {
        return keyed(request, "storage:");
    }

    /** A keyed hash of the signed-in caller, for one purpose; empty when nobody is signed in. */
    private static String keyed(HttpServletRequest request, String purpose) {
        if (request.getUserPrincipal() == null) {
            return "";
        }
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(OWNER_KEY, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal((purpose + request.getUserPrincipal().getName()).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Gives a signed-in session the token derived from its key (a secret of its own, see
     * identity's SessionKeys): whichever node carries the session on gives its pages and
     * autosave the same token, so a page opened before a node stopped still saves after.
     */
    public static void bind(HttpSession session, String sessionSecret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("form-token:" + sessionSecret).getBytes(StandardCharsets.UTF_8));
            session.setAttribute(ATTRIBUTE, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
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
