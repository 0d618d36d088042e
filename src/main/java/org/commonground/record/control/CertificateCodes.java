package org.commonground.record.control;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Certificate codes: 16 characters from 32 (80 random bits), in groups of four.
 * No 0/O or 1/I/L, so they can be read out and typed.
 */
public final class CertificateCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (compact.length() != 16) {
            return compact;
        }
        return compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8, 12) + "-" + compact.substring(12);
    }
}
