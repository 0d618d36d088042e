package org.commonground.platform.boundary;

/** The person is signed in but may not see or do this. Shown as the friendly 403 page. */
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("platform.error.forbidden");
    }
}
