package org.commonground.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * What a password must be, following current NIST and NCSC advice: at least 8
 * characters, long passphrases welcome, no composition rules, and not one of the
 * 100,000 most common passwords (the SecLists list, MIT licence). The list is held
 * as sorted 64-bit fingerprints: under a megabyte, and a lookup is a binary search.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 256;
    private static final String LIST = "common-passwords.txt.gz";

    private final long[] common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** The message key of the first rule the password breaks, if any. */
    public Optional<String> problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("identity.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("identity.password.tooLong");
        }
        if (isCommon(password)) {
            return Optional.of("identity.password.common");
        }
        return Optional.empty();
    }

    boolean isCommon(String password) {
        return Arrays.binarySearch(common, fingerprint(password)) >= 0;
    }

    int size() {
        return common.length;
    }

    private static long fingerprint(String password) {
        // FNV-1a over the lower-cased UTF-8 bytes: stable across JVMs, cheap, well spread.
        long hash = 0xcbf29ce484222325L;
        for (byte b : password.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static long[] load() {
        try (InputStream raw = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + LIST);
            }
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
                long[] prints = reader.lines()
                        .filter(line -> !line.isBlank())
                        .mapToLong(PasswordPolicy::fingerprint)
                        .sorted()
                        .distinct()
                        .toArray();
                return prints;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
