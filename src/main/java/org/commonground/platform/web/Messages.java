package org.commonground.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.commonground.platform.boundary.BusinessException;

/** Puts messages from the bundle on the page, next to a field or at the top. */
public final class Messages {

    private Messages() {
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** Shows a business rule's message next to its field (inside {@code formId}), or at the top. */
    public static void error(String formId, BusinessException problem) {
        String clientId = problem.getField().map(field -> formId + ":" + field).orElse(null);
        error(clientId, problem.getMessageKey(), problem.getArguments());
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = Text.get(key, arguments);
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, text, text));
        if (severity == FacesMessage.SEVERITY_ERROR) {
            context.validationFailed();
        }
    }
}
