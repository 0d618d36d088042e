package org.commonground.platform.boundary;

/** What was asked for does not exist, or the person may not know that it exists. */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
