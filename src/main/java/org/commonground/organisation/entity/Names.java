package org.commonground.organisation.entity;

import java.util.Objects;

/** Names of organisations and teams: trimmed, not empty, not too long. */
final class Names {

    private Names() {
    }

    static String require(String name, int max) {
        String trimmed = Objects.requireNonNull(name, "name").strip();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            throw new IllegalArgumentException("a name has 1 to " + max + " characters");
        }
        return trimmed;
    }
}
