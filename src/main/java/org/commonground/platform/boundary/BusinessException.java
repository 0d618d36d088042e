package org.commonground.platform.boundary;

import java.util.Arrays;
import java.util.Optional;

/**
 * A rule of the domain said no. Carries a message key (resolved in the messages
 * bundle by the Faces exception handler or a backing bean) and, where the problem
 * belongs to one input, the name of that field.
 */
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    protected BusinessException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** The problem belongs to one input of a form. */
    public static BusinessException onField(String field, String messageKey, Object... arguments) {
        return new BusinessException(field, messageKey, arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Optional<String> getField() {
        return Optional.ofNullable(field);
    }

    public Object[] getArguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
