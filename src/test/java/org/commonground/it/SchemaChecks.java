package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

    /** The newest version as Flyway writes it: V9_17_2__x.sql is 9.17.2, compared part by part. */
    static String newestMigration() throws IOException {
        Pattern version = Pattern.compile("V(\\d+(?:_\\d+)*)__.*\\.sql");
        Comparator<List<Integer>> byParts = (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                if (!a.get(i).equals(b.get(i))) {
                    return Integer.compare(a.get(i), b.get(i));
                }
            }
            return Integer.compare(a.size(), b.size());
        };
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> version.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Arrays.stream(m.group(1).split("_")).map(Integer::valueOf).toList())
                    .max(byParts)
                    .map(parts -> parts.stream().map(String::valueOf).collect(Collectors.joining(".")))
                    .orElseThrow();
        }
    }
}
