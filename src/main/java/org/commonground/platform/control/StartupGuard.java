package org.commonground.platform.control;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.enterprise.inject.spi.ProcessObserverMethod;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A node whose start-up work fails stops its JVM with exit status 1. Payara Micro logs
 * a failed deployment and keeps running with nothing deployed, answering every request
 * (its health checks included) with an empty 500, so nothing restarts it; it has no
 * option to exit instead. This extension wraps every observer of the CDI {@link Startup}
 * event (where the platform does all its start-up work: migrations, the first
 * administrator, content import, demo data): when one throws, the reason is logged,
 * the deployment fails as before, and a separate thread calls {@link System#exit}, so
 * that whatever runs the node (Docker's restart policy, systemd, Kubernetes) starts it
 * again. The exit runs apart from the deploying thread because Payara's shutdown hook
 * undeploys, which waits for that thread; should the shutdown hooks still hang, the JVM
 * is halted after {@code commonground.startup.exit-grace-seconds} (30).
 * {@code commonground.startup.exit-on-failure=false} keeps the old behaviour (for a
 * developer who wants to look at the dead node). A deployment that fails before the
 * {@code Startup} event (the persistence unit cannot reach the database) never gets here:
 * {@code src/main/payara/start-node} ends those.
 */
public class StartupGuard implements Extension {

    private static final Logger LOG = Logger.getLogger(StartupGuard.class.getName());

    void guard(@Observes ProcessObserverMethod<Startup, ?> observed) {
        ObserverMethod<Startup> original = observed.getObserverMethod();
        String where = original.getBeanClass().getName();
        observed.configureObserverMethod().notifyWith(context -> {
            try {
                original.notify(context);
            } catch (RuntimeException | Error e) {
                failed(where, e);
                throw e;
            }
        });
    }

    private static void failed(String where, Throwable failure) {
        boolean exit = ConfigProvider.getConfig()
                .getOptionalValue("commonground.startup.exit-on-failure", Boolean.class).orElse(true);
        int grace = ConfigProvider.getConfig()
                .getOptionalValue("commonground.startup.exit-grace-seconds", Integer.class).orElse(30);
        if (exit) {
            stop(where, failure, Duration.ofSeconds(grace));
        } else {
            LOG.log(Level.SEVERE, "Start-up failed in " + where + "; the node keeps running without the platform"
                    + " (commonground.startup.exit-on-failure=false)", failure);
        }
    }

    /** Logs why and ends the JVM from another thread: exit status 1, halted after {@code grace} if shutdown hangs. */
    static void stop(String where, Throwable failure, Duration grace) {
        LOG.log(Level.SEVERE, "Start-up failed in " + where + ": " + reason(failure) + ". This node stops now with exit"
                + " status 1, to be restarted, rather than run on without the platform.", failure);
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(grace.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // Straight to standard error: by now the shutdown may have closed the log handlers.
            System.err.println("The shutdown after the failed start-up did not finish in " + grace.toSeconds()
                    + " s; halting.");
            System.err.flush();
            Runtime.getRuntime().halt(1);
        }, "commonground-failed-start-halt");
        halt.setDaemon(true);
        halt.start();
        new Thread(() -> System.exit(1), "commonground-failed-start-exit").start();
    }

    static String reason(Throwable failure) {
        Throwable root = failure;
        StringBuilder reason = new StringBuilder(String.valueOf(failure));
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
            root = root.getCause();
        }
        if (root != failure) {
            reason.append(", caused by ").append(root);
        }
        return reason.toString();
    }
}
