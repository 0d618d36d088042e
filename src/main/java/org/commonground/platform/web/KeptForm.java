package org.commonground.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A form that arrived but could not be taken: its sender had been signed out (the
 * session ended), or its page was out of date (an expired Faces view, a form token
 * from an earlier session). Nothing from it is saved. It is kept in the session,
 * which signing in again keeps, and the page it came from shows it back filled in,
 * once, so the person checks it and sends it again.
 *
 * <p>It is shown only to the person who filled it in: the page's form carries
 * {@link FormToken#getOwner} ({@value #OWNER}), and a form kept without a signed-in
 * person is shown only to whoever signs in with the same owner mark (a form of a
 * public page, to whoever is still signed out). On a shared PC, the next person to
 * sign in never sees it.
 */
public record KeptForm(String action, Map<String, List<String>> values, String owner) implements Serializable {

    static final String ATTRIBUTE = "commonground.keptForm";
    public static final String OWNER = "by";
    /** The most a kept form may hold, in characters of names and values. */
    static final int MAX_SIZE = 200_000;
    private static final Pattern NOT_KEPT = Pattern.compile("(?i).*(password|secret).*|token|jakarta\\.faces\\.ViewState"
            + "|primefaces\\.nonce|" + OWNER);

    /** Keeps the request's form (without secrets, tokens or view state) for the page it came from. */
    public static void keep(HttpServletRequest request) {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return; // an upload: its file cannot be kept, and the page asks for it again
        }
        if (request.getCharacterEncoding() == null) {
            try {
                request.setCharacterEncoding("UTF-8");
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        int size = 0;
        for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
            if (NOT_KEPT.matcher(entry.getKey()).matches()) {
                continue;
            }
            for (String value : entry.getValue()) {
                size += entry.getKey().length() + value.length();
            }
            values.put(entry.getKey(), List.of(entry.getValue()));
        }
        if (size > MAX_SIZE) {
            return;
        }
        String owner = request.getUserPrincipal() != null || request.getParameter(OWNER) == null
                ? FormToken.owner(request) : request.getParameter(OWNER);
        request.getSession().setAttribute(ATTRIBUTE, new KeptForm(request.getServletPath(), values, owner));
    }

    /**
     * The kept form posted to {@code action}, if the person now signed in (or nobody, for
     * a form of a public page sent by nobody) filled it in, and it
     * has these values for the named fields (a quiz's module and unit, say); it is then no
     * longer kept.
     */
    public static Optional<KeptForm> take(HttpServletRequest request, String action, Map<String, String> matching) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof KeptForm kept)) {
            return Optional.empty();
        }
        if (!kept.action().equals(action)
                || matching.entrySet().stream().anyMatch(m -> !m.getValue().equals(kept.first(m.getKey())))) {
            return Optional.empty();
        }
        session.removeAttribute(ATTRIBUTE);
        return FormToken.owner(request).equals(kept.owner()) ? Optional.of(kept) : Optional.empty();
    }

    /** Whether a form is kept in this session (for the sign-in page to say so). */
    public static boolean present(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof KeptForm;
    }

    /**
     * Where to show a kept form again: the page it was sent from (as the browser names it;
     * only its path is used, so it is always a page of this site), else the address it was sent to when that is a page, else home.
     */
    public static String pageOf(HttpServletRequest request) {
        String base = request.getContextPath() + "/";
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI from = URI.create(referer);
                String path = from.getRawPath();
                if (path != null && path.startsWith(base) && !path.startsWith("//")
                        && !path.contains("/sign-in.xhtml") && !path.startsWith(base + "error/")) {
                    return path + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                // not an address: fall through
            }
        }
        String uri = request.getRequestURI();
        return uri.endsWith(".xhtml") ? uri : base + "home.xhtml";
    }

    public String first(String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() ? null : all.get(0);
    }

    public String[] all(String name) {
        List<String> all = values.get(name);
        return all == null ? null : all.toArray(String[]::new);
    }
}
