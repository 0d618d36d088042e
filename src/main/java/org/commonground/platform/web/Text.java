package org.commonground.platform.web;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up user-facing text in the messages bundle ({@code org.commonground.messages}). */
public final class Text {

    public static final String BUNDLE = "org.commonground.messages";

    private Text() {
    }

    public static String get(String key, Object... arguments) {
        Locale locale = locale();
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments == null || arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null) {
            return context.getViewRoot().getLocale();
        }
        return Locale.UK;
    }
}
