package org.commonground.organisation.control;

import java.security.SecureRandom;

/** Join codes people can read aloud and type: no 0/O or 1/I/L, grouped in fours. */
public final class JoinCodeGenerator {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodeGenerator() {
    }

    /** Twelve characters from 31: about 59 bits, far beyond guessing within a code's life. */
    public static String next() {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** What people type: any case, spaces or no dashes. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String compact = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (compact.length() != 12) {
            return typed.trim().toUpperCase(java.util.Locale.ROOT);
        }
        return compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8);
    }
}
