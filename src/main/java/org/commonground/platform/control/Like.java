package org.commonground.platform.control;

import java.util.Locale;

/**
 * A search box's text as a SQL LIKE pattern that matches it anywhere, with {@code %} and {@code _}
 * meaning themselves: someone searching for "50%" or "first_last" finds exactly that. Use with
 * {@code like :pattern escape '!'} (the same escape character on H2 and PostgreSQL).
 */
public final class Like {

    public static final String ESCAPE = " escape '!'";

    private Like() {
    }

    /** Lower-cased, trimmed, with the wildcards escaped, between two {@code %}. */
    public static String containing(String search) {
        String text = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** A key shown as words ("support_staff" reads "Support staff"): the words typed, with spaces for the key's underscores. */
    public static String containingKey(String words) {
        return containing(words == null ? null : words.strip().replace(' ', '_'));
    }
}
