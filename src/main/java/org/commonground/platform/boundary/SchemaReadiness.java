package org.commonground.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonground.platform.control.Migrations;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and its schema is at the version this build expects. */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

    @Inject
    Migrations migrations;

    @Override
    public HealthCheckResponse call() {
        try {
            Migrations.Status status = migrations.status();
            return HealthCheckResponse.named("database")
                    .status(status.pending() == 0)
                    .withData("schemaVersion", status.current())
                    .withData("pendingMigrations", status.pending())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("database").down().withData("problem", e.getClass().getSimpleName()).build();
        }
    }
}
