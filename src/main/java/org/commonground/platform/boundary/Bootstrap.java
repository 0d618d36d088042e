package org.commonground.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonground.platform.control.DataDirectory;
import org.commonground.platform.control.Database;
import org.commonground.platform.control.MailSettings;
import org.commonground.platform.control.Migrations;
import org.commonground.platform.control.StartupLock;

/**
 * First of the start-up work: the data directory must be usable and the schema
 * current before any feature's start-up work (observers with a later priority) runs.
 * Nodes that start together on one database take turns through the features' start-up
 * work (the first administrator, content import, demo data, backfill) under the
 * {@link StartupLock}: Flyway's own lock orders the migrations, this one what follows,
 * so each "is it done yet?" check sees what the node before it committed. The node is
 * ready (see {@link StartupReadiness}) once all of it has run.
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

    @Inject
    Database database;

    @Inject
    Clock clock;

    private StartupLock.Held startupLock;
    private volatile boolean finished;

    void prepare(@Observes @Priority(SCHEMA_READY - 50) Startup startup) throws SQLException {
        LOG.info(() -> "Data directory: " + dataDirectory.ensureWritable());
        migrations.migrate();
        String node = node();
        long started = System.nanoTime();
        startupLock = new StartupLock(database.dataSource()).take(node, clock.instant());
        long waited = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Start-up lock taken by " + node + " after " + waited
                + " ms (nodes starting together do their start-up work in turn)");
    }

    /** Whether every feature's start-up work has run on this node. */
    public boolean finished() {
        return finished;
    }

    /**
     * Last of the start-up work: the address to open. Payara Micro prints the machine's own
     * network address, which is often not the one a person can open (a container's, a VM's).
     */
    void ready(@Observes @Priority(READY) Startup startup) throws SQLException {
        if (startupLock != null) {
            startupLock.close();
            startupLock = null;
        }
        finished = true;
        LOG.info(() -> "Common Ground is ready. Open " + mail.publicUrl() + "/");
    }

    private static String node() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            LOG.log(Level.FINE, "No host name", e);
            host = "node";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
