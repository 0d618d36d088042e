package org.commonground.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * Runs every migration on a fresh database: by default a new H2 file database under
 * target/, or the PostgreSQL named by {@code commonground.test.db.url} (user and
 * password in {@code commonground.test.db.user/password}), as .ci/postgres-check does.
 */
class MigrationsTest {

    private static final String URL = System.getProperty("commonground.test.db.url",
            "jdbc:h2:file:" + Path.of("target/migrations-test/db-" + System.nanoTime()).toAbsolutePath() + ";WRITE_DELAY=0");
    private static final String USER = System.getProperty("commonground.test.db.user", "sa");
    private static final String PASSWORD = System.getProperty("commonground.test.db.password", "");

    private static Flyway flyway() {
        return Flyway.configure().dataSource(URL, USER, PASSWORD).locations("classpath:db/migration")
                .cleanDisabled(false).load();
    }

    @Test
    void migratesAFreshDatabaseAndASecondRunChangesNothing() throws SQLException {
        Flyway flyway = flyway();
        flyway.clean();

        MigrateResult first = flyway.migrate();
        MigrateResult second = flyway.migrate();

        assertThat(first.migrationsExecuted).isPositive();
        assertThat(second.migrationsExecuted).isZero();
        assertThat(flyway.info().pending()).isEmpty();
        flyway.validate();
        try (Connection connection = flyway.getConfiguration().getDataSource().getConnection()) {
            assertThat(tables(connection)).contains("account", "account_role");
            assertThat(firstIdBlock(connection)).as("EclipseLink reads the first value as the end of a block of 50")
                    .isEqualTo(50);
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static long firstIdBlock(Connection connection) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(postgres ? "select nextval('cg_id_seq')" : "values next value for cg_id_seq")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
