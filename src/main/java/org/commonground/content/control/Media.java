package org.commonground.content.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Pictures in content: files under {@code content/media/}, named in a unit's Markdown
 * as {@code ![alt text](media/<folder>/<name>)}. Content is carried as text (path to
 * text) from files to drafts, zips and module versions, so a picture travels as its
 * bytes in Base64; this class is the one place that knows that, the allowed types
 * and the checks each picture must pass.
 */
public final class Media {

    public static final String FOLDER = "content/media/";
    /** How a unit names a picture: {@code media/} and the path under {@code content/media/}. */
    public static final String LINK_PREFIX = "media/";
    /** The most a picture may be whatever the configuration says: what a stored file holds once in Base64. */
    public static final int HARD_LIMIT_KB = 360;
    public static final int DEFAULT_LIMIT_KB = 300;
    /** The configuration key of the largest picture a trainer may upload, in KB. */
    public static final String LIMIT_KEY = "commonground.content.media.max-kb";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,78}\\.(svg|png|jpg|jpeg|webp)");

    private Media() {
    }

    /** The picture types the platform shows, by file extension. */
    public enum Type {
        SVG("image/svg+xml"), PNG("image/png"), JPEG("image/jpeg"), WEBP("image/webp");

        private final String contentType;

        Type(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        public static Optional<Type> of(String path) {
            String lower = path.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".svg")) {
                return Optional.of(SVG);
            }
            if (lower.endsWith(".png")) {
                return Optional.of(PNG);
            }
            if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
                return Optional.of(JPEG);
            }
            if (lower.endsWith(".webp")) {
                return Optional.of(WEBP);
            }
            return Optional.empty();
        }

        /** Whether the bytes start as a file of this type does (SVG is checked by reading it). */
        boolean looksLike(byte[] b) {
            return switch (this) {
                case PNG -> starts(b, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
                case JPEG -> starts(b, 0, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
                case WEBP -> starts(b, 0, new byte[] {'R', 'I', 'F', 'F'}) && starts(b, 8, new byte[] {'W', 'E', 'B', 'P'});
                case SVG -> true;
            };
        }

        private static boolean starts(byte[] b, int at, byte[] magic) {
            return b.length >= at + magic.length && Arrays.equals(b, at, at + magic.length, magic, 0, magic.length);
        }
    }

    /** A file under {@code content/media/} of a type the platform shows. */
    public static boolean isMedia(String path) {
        return path.startsWith(FOLDER) && !path.contains("..") && Type.of(path).isPresent();
    }

    /** The path of a module's picture with this file name. */
    public static String path(String folder, String name) {
        return FOLDER + folder + "/" + name;
    }

    /** A file name made safe: lower case letters, digits and dashes, and its extension; empty when the type is not allowed. */
    public static Optional<String> safeName(String uploaded) {
        String base = uploaded == null ? "" : uploaded.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = base.lastIndexOf('.');
        if (dot < 0 || Type.of(base).isEmpty()) {
            return Optional.empty();
        }
        String stem = base.substring(0, dot).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (stem.isEmpty()) {
            stem = "picture";
        }
        String name = (stem.length() > 70 ? stem.substring(0, 70) : stem) + base.substring(dot);
        return NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
    }

    public static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The bytes of a stored picture; throws {@link IllegalArgumentException} when the text is not Base64. */
    public static byte[] decode(String stored) {
        return Base64.getMimeDecoder().decode(stored.strip());
    }

    /** SHA-256 of the picture's bytes, in hex: its name in addresses that never change. */
    public static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every picture among the files, by the path a unit names it with ({@code media/...}), to its hash. */
    public static Map<String, String> hashes(Map<String, String> files) {
        Map<String, String> hashes = new TreeMap<>();
        files.forEach((path, text) -> {
            if (isMedia(path)) {
                try {
                    hashes.put(LINK_PREFIX + path.substring(FOLDER.length()), hash(decode(text)));
                } catch (IllegalArgumentException e) {
                    // A file that is not Base64 has no address; the parser reports it.
                }
            }
        });
        return hashes;
    }

    /**
     * A picture from the library's folder as the platform keeps it: a clean SVG in the
     * cleaner's own writing, so the same picture read from disk and brought back in a zip
     * is stored alike; any other picture, or an SVG that is not clean (the checks then say
     * what to take out), as it is.
     */
    public static byte[] asStored(String path, byte[] bytes) {
        if (Type.of(path).orElse(null) != Type.SVG) {
            return bytes;
        }
        try {
            SvgSanitiser.Result clean = SvgSanitiser.sanitise(bytes);
            return clean.clean() ? clean.svg() : bytes;
        } catch (IllegalArgumentException e) {
            return bytes;
        }
    }

    /** A picture accepted for storing: its bytes (an SVG cleaned) and what cleaning took out. */
    public record Accepted(byte[] bytes, List<String> removed) {
    }

    /**
     * Checks a picture before it is stored: an allowed type, bytes that are that type,
     * within the size limit; an SVG is cleaned. Throws {@link IllegalArgumentException}
     * with the reason in plain words.
     */
    public static Accepted accept(String name, byte[] bytes, int limitKb) {
        Type type = Type.of(name).orElseThrow(() -> new IllegalArgumentException(
                "only SVG, PNG, JPEG and WebP pictures can be used (the file name must end in .svg, .png, .jpg or .webp)"));
        checkSize(bytes, limitKb);
        if (!type.looksLike(bytes)) {
            throw new IllegalArgumentException("the file's name says " + type.name() + " but it is not a "
                    + type.name() + " picture");
        }
        if (type != Type.SVG) {
            return new Accepted(bytes, List.of());
        }
        SvgSanitiser.Result clean = SvgSanitiser.sanitise(bytes);
        checkSize(clean.svg(), limitKb);
        return new Accepted(clean.svg(), clean.removed());
    }

    private static void checkSize(byte[] bytes, int limitKb) {
        int limit = Math.min(limitKb, HARD_LIMIT_KB);
        if (bytes.length == 0) {
            throw new IllegalArgumentException("the file is empty");
        }
        if (bytes.length > limit * 1024L) {
            throw new IllegalArgumentException("the picture is " + (bytes.length + 1023) / 1024 + " KB; the most is "
                    + limit + " KB. Make it smaller (fewer pixels, or save it as SVG, WebP or JPEG)");
        }
    }

    /**
     * What is wrong with a stored picture, in words: empty when it is fine. Unlike
     * {@link #accept}, an SVG must already be clean: files are not rewritten on reading.
     */
    public static List<String> problems(String path, String stored, int limitKb) {
        List<String> problems = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = decode(stored);
        } catch (IllegalArgumentException e) {
            problems.add("the picture cannot be read (it is not stored as Base64)");
            return problems;
        }
        try {
            Accepted accepted = accept(path, bytes, limitKb);
            if (!accepted.removed().isEmpty()) {
                problems.add("the SVG has parts the platform never shows; take them out: " + String.join("; ", accepted.removed()));
            }
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }
}
