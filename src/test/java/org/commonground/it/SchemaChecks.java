package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The server migrated its fresh database to the newest migration at start-up. */
abstract class SchemaChecks {

    @Test
    void freshDatabaseIsMigratedToTheNewestVersion() throws IOException {
        WebClient client = new WebClient();
        WebClient.Page health = client.get(Server.serverUri("/health/ready"));

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"")
                .contains("\"schemaVersion\":\"" + newestMigration() + "\"")
                .containsPattern("\"pendingMigrations\":\"?0\"?[,}]");
    }

    static String newestMigration() throws IOException {
        Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> version.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .max(Comparator.naturalOrder())
                    .map(String::valueOf)
                    .orElseThrow();
        }
    }
}
