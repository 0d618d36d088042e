package org.commonground.authoring.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.commonground.content.control.Media;

/**
 * Modules as zips in the repository's layout ({@code modules/} and {@code content/}),
 * read with limits so a hostile or broken upload is refused with a reason.
 */
public final class Zips {

    public static final int MAX_FILES = 500;
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private Zips() {
    }

    /** What was read from a zip: text files by path, and why anything was left out. */
    public record Read(SortedMap<String, String> files, List<String> skipped) {
    }

    public static byte[] write(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(Media.isMedia(file.getKey()) ? Media.decode(file.getValue())
                        : file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads a zip with the default limit for pictures. */
    public static Read read(byte[] zip) {
        return read(zip, Media.DEFAULT_LIMIT_KB);
    }

    /**
     * Reads a zip; throws {@link IllegalArgumentException} with a reason a person can act on.
     * Pictures are checked (type, size up to {@code mediaLimitKb}) and SVG cleaned; one
     * that fails is left out with its reason.
     */
    public static Read read(byte[] zip, int mediaLimitKb) {
        SortedMap<String, String> files = new TreeMap<>();
        List<String> skipped = new ArrayList<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_FILES) {
                    throw new IllegalArgumentException("the zip holds more than " + MAX_FILES + " files");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().replace('\\', '/');
                byte[] data = in.readNBytes((int) Math.min(MAX_BYTES - total + 1, Integer.MAX_VALUE - 8));
                total += data.length;
                if (total > MAX_BYTES) {
                    throw new IllegalArgumentException("the zip unpacks to more than 5 MB");
                }
                if (name.startsWith("/") || name.contains("../") || !(name.startsWith("content/") || name.startsWith("modules/"))) {
                    skipped.add(name + ": not under content/ or modules/");
                    continue;
                }
                if (Media.isMedia(name)) {
                    try {
                        Media.Accepted picture = Media.accept(name, data, mediaLimitKb);
                        files.put(name, Media.encode(picture.bytes()));
                        if (!picture.removed().isEmpty()) {
                            skipped.add(name + ": cleaned, taking out " + String.join("; ", picture.removed()));
                        }
                    } catch (IllegalArgumentException e) {
                        skipped.add(name + ": " + e.getMessage());
                    }
                    continue;
                }
                if (!(name.endsWith(".md") || name.endsWith(".yaml") || name.endsWith(".yml")) || name.endsWith("README.md")) {
                    skipped.add(name + ": not a unit, quiz, worksheet or module file");
                    continue;
                }
                try {
                    files.put(name, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(java.nio.ByteBuffer.wrap(data)).toString());
                } catch (CharacterCodingException e) {
                    skipped.add(name + ": not UTF-8 text");
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("the file is not a zip that can be read (" + e.getMessage() + ")");
        }
        if (entries == 0) {
            throw new IllegalArgumentException("the file is not a zip, or the zip is empty");
        }
        return new Read(files, skipped);
    }
}
