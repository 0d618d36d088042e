package org.commonground.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema up to date with the Flyway migrations in {@code db/migration}. */
@ApplicationScoped
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Inject
    Database database;

    /** Where the schema stands: the version applied last and how many migrations wait. */
    public record Status(String current, int pending) {
    }

    public MigrateResult migrate() {
        MigrateResult result = flyway().migrate();
        Status status = status();
        LOG.info(() -> "Database schema at version " + status.current() + " (" + result.migrationsExecuted
                + " migrations run now, on " + result.database + ")");
        return result;
    }

    public Status status() {
        MigrationInfoService info = flyway().info();
        MigrationInfo current = info.current();
        return new Status(current == null ? "none" : current.getVersion().getVersion(), info.pending().length);
    }

    private Flyway flyway() {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(database.dataSource())
                .locations("classpath:db/migration")
                .load();
    }
}
