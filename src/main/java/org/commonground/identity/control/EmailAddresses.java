package org.commonground.identity.control;

import java.util.regex.Pattern;

/** A sanity check for email addresses typed into forms; delivery is the real test. */
public final class EmailAddresses {

    private static final Pattern PLAUSIBLE =
            Pattern.compile("^[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@.]{2,}$");

    private EmailAddresses() {
    }

    public static boolean isPlausible(String email) {
        return email != null && email.trim().length() <= 254 && PLAUSIBLE.matcher(email.trim()).matches();
    }
}
