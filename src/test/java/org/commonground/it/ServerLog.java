package org.commonground.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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
        // Rotated meanwhile: the records are in the file written now, from its start.
        boolean rotated = !Files.exists(file);
        try (RandomAccessFile in = new RandomAccessFile((rotated ? file() : file).toFile(), "r")) {
            long start = rotated || in.length() < from ? 0 : from;
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file Payara writes now ({@code --logtofile} names it; Payara adds a rotation number):
     * the one changed last.
     */
    private static Path file() {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("commonground.it.run")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("server.log"))
                    .max(Comparator.comparingLong(ServerLog::modified))
                    .orElseThrow(() -> new IllegalStateException("no server log under " + System.getProperty("commonground.it.run")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0; // rotated away meanwhile
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
