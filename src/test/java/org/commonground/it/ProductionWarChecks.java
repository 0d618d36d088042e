package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The production WAR carries no test-only code: the suite adds its movable clock to its own deployment only. */
abstract class ProductionWarChecks {

    @Test
    void theProductionWarHasNoTestClock() throws Exception {
        try (ZipFile war = new ZipFile(new File(System.getProperty("commonground.it.war")))) {
            List<String> entries = war.stream().map(java.util.zip.ZipEntry::getName).toList();
            assertThat(entries).anyMatch(e -> e.endsWith("org/commonground/platform/control/PlatformClock.class"));
            assertThat(entries).noneMatch(e -> e.contains("org/commonground/it/"));
        }
    }

    @Test
    void theTestDeploymentsClockMovesAndComesBack() {
        java.time.Instant moved = PlatformClockControl.moveTo(3);
        try {
            assertThat(moved).isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(2)));
        } finally {
            assertThat(PlatformClockControl.moveTo(0)).isBefore(java.time.Instant.now().plusSeconds(60));
        }
    }
}
