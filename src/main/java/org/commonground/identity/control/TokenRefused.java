package org.commonground.identity.control;

/**
 * A sign-in's token (single sign-on or an LTI launch) could not be accepted: {@code reason} is
 * the message key (or its suffix) the person is shown, the detail is for the log.
 */
public final class TokenRefused extends Exception {

    private static final long serialVersionUID = 1L;
    private final String reason;

    public TokenRefused(String reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
