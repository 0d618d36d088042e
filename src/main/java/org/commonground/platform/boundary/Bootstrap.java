package org.commonground.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.commonground.platform.control.DataDirectory;
import org.commonground.platform.control.MailSettings;
import org.commonground.platform.control.Migrations;

/**
 * First of the start-up work: the data directory must be usable and the schema
 * current before any feature's start-up work (observers with a later priority) runs.
 */
@ApplicationScoped
public class Bootstrap {

    /** Features that do start-up work observe {@link Startup} with a priority after this one. */
    public static final int SCHEMA_READY = 100;

    /** After every feature's start-up work (content import and demo data included). */
    static final int READY = 1_000_000;

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    DataDirectory dataDirectory;

    @Inject
    Migrations migrations;

    @Inject
    MailSettings mail;

    void prepare(@Observes @Priority(SCHEMA_READY - 50) Startup startup) {
        LOG.info(() -> "Data directory: " + dataDirectory.ensureWritable());
        migrations.migrate();
    }

    /**
     * Last of the start-up work: the address to open. Payara Micro prints the machine's own
     * network address, which is often not the one a person can open (a container's, a VM's).
     */
    void ready(@Observes @Priority(READY) Startup startup) {
        LOG.info(() -> "Common Ground is ready. Open " + mail.publicUrl() + "/");
    }
}
