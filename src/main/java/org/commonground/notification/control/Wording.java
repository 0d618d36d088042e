package org.commonground.notification.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Message text from the platform's message bundle, for messages made away from a page (jobs, events). */
public final class Wording {

    private static final String BUNDLE = "org.commonground.messages";

    private Wording() {
    }

    public static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.UK).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(arguments);
    }
}
