package org.commonground.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until every feature's start-up work has run here: while a node waits for
 * another to finish its start-up work, or imports content, the load balancer must not
 * send it people.
 */
@Readiness
@ApplicationScoped
public class StartupReadiness implements HealthCheck {

    @Inject
    Bootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("start-up").status(bootstrap.finished()).build();
    }
}
