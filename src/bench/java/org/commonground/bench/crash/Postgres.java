package org.commonground.bench.crash;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL server that {@code src/bench/crash} started (as the postgres user, on
 * a loopback port, with its own data directory): stopped the hard way and started again.
 */
final class Postgres {

    private final Path bin;
    private final Path data;
    private final int port;

    Postgres(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /** {@code pg_ctl stop -m immediate}: every server process quits at once, without a checkpoint, as in a crash. */
    void stop() throws IOException, InterruptedException {
        pgCtl("-D", data.toString(), "-m", "immediate", "stop");
    }

    /** Starts it again and waits until it accepts connections (after its crash recovery). */
    void start() throws IOException, InterruptedException {
        pgCtl("-D", data.toString(), "-l", data.resolveSibling("server.log").toString(), "-w",
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + data, "start");
    }

    private void pgCtl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        boolean root = "root".equals(System.getProperty("user.name"));
        command.addAll(root ? List.of("runuser", "-u", "postgres", "--") : List.of("sudo", "-u", "postgres"));
        command.add(bin.resolve("pg_ctl").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("pg_ctl " + String.join(" ", args) + " failed");
        }
    }
}
