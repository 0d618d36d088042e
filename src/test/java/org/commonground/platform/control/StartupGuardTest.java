package org.commonground.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed start-up ends a JVM that would otherwise stay up (as Payara Micro does), saying why. */
class StartupGuardTest {

    @TempDir
    Path dir;

    @Test
    void aFailedStartUpEndsTheJvmWithStatusOneAndLogsTheReason() throws Exception {
        Finished run = run("plain");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.log()).contains("Start-up failed in org.example.FirstThing")
                .contains("caused by java.sql.SQLException: connection refused")
                .doesNotContain("halting");
    }

    @Test
    void aShutdownThatHangsIsCutShortAfterTheGraceTime() throws Exception {
        Finished run = run("hung-shutdown");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.log()).contains("did not finish in 2 s; halting");
    }

    private record Finished(int exitCode, String log) {
    }

    private Finished run(String mode) throws IOException, InterruptedException {
        Path log = dir.resolve(mode + ".log");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                FailedStartRunner.class.getName(), mode)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertThat(ended).as("the JVM ended").isTrue();
        return new Finished(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
