package org.commonground.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The suite server's log file (Payara's {@code --logtofile}, under {@code commonground.it.run}),
 * read from a point on. A record starts with its time in brackets and may run over several lines.
 */
final class ServerLog {

    private final Path file;
    private final long from;

    private ServerLog(Path file, long from) {
        this.file = file;
        this.from = from;
    }

    /** What the server logs from now on. */
    static ServerLog fromNow() {
        Path file = file();
        return new ServerLog(file, size(file));
    }

    /**
     * The records written since, up to the first one holding {@code marker} (waited for,
     * as the server writes its log a moment after the request), without that record.
     */
    List<String> recordsBefore(String marker) {
        String written = Waits.until(this::written, w -> w.contains(marker));
        String before = written.substring(0, written.indexOf(marker));
        int markerRecord = before.lastIndexOf("\n[");
        before = markerRecord < 0 ? "" : before.substring(0, markerRecord);
        return Arrays.stream(before.split("\n(?=\\[\\d{4}-\\d\\d-\\d\\dT)")).filter(r -> !r.isBlank()).toList();
    }

    private String written() {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = in.length() < from ? 0 : from;
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file Payara writes now ({@code --logtofile}); rotated copies beside it carry a suffix. */
    private static Path file() {
        Path file = Path.of(System.getProperty("commonground.it.run"), "server.log");
        if (!Files.exists(file)) {
            throw new IllegalStateException("no server log at " + file);
        }
        return file;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
