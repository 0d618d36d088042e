package org.commonground.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.commonground.platform.control.DataDirectory;
import org.commonground.platform.control.Migrations;

/**
 * First of the start-up work: the data directory must be usable and the schema
 * current before any feature's start-up work (observers with a later priority) runs.
 */
@ApplicationScoped
public class Bootstrap {

    /** Features that do start-up work observe {@link Startup} with a priority after this one. */
    public static final int SCHEMA_READY = 100;

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    DataDirectory dataDirectory;

    @Inject
    Migrations migrations;

    void prepare(@Observes @Priority(SCHEMA_READY - 50) Startup startup) {
        LOG.info(() -> "Data directory: " + dataDirectory.ensureWritable());
        migrations.migrate();
    }
}
