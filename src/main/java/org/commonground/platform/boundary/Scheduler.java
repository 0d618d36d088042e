package org.commonground.platform.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonground.platform.control.Database;
import org.commonground.platform.control.Leases;
import org.commonground.platform.control.SqlStatements;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs every {@link ScheduledJob} once across all nodes: each node ticks
 * ({@code commonground.scheduler.tick-seconds}), and at each tick tries to take each
 * job's lease in the database; the node that gets it runs the job. A lease lasts
 * {@code commonground.scheduler.lease-seconds} and a job renews it while it works, so a
 * node that dies mid-job leaves a lease that expires and another node (or the same one
 * restarted) takes the job up again. Leases keep real time; a job's period (its day or
 * week) follows the platform clock.
 */
@ApplicationScoped
public class Scheduler {

    private static final Logger LOG = Logger.getLogger(Scheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Database database;

    @Inject
    @Any
    Instance<ScheduledJob> jobs;

    @Inject
    Clock platformClock;

    @Inject
    @ConfigProperty(name = "commonground.scheduler.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "commonground.scheduler.tick-seconds", defaultValue = "60")
    int tickSeconds;

    @Inject
    @ConfigProperty(name = "commonground.scheduler.lease-seconds", defaultValue = "300")
    int leaseSeconds;

    /** Leases are timed by real time: moving the platform clock must not strand one. */
    private final Clock leaseClock = Clock.systemUTC();

    private final String holder = node() + "/" + UUID.randomUUID();

    private final java.util.Set<String> registered = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> running = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private Leases leases;
    private ScheduledFuture<?> ticking;

    void start(@Observes @Priority(Bootstrap.SCHEMA_READY + 900) Startup startup) {
        leases = new Leases(database.dataSource());
        if (!enabled) {
            LOG.info("Background jobs are off (commonground.scheduler.enabled=false)");
            return;
        }
        ticking = executor.scheduleWithFixedDelay(this::tick, tickSeconds, tickSeconds, TimeUnit.SECONDS);
        LOG.info(() -> "Background jobs tick every " + tickSeconds + " s on " + holder);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    void tick() {
        for (ScheduledJob job : jobs) {
            try {
                runIfDue(job);
            } catch (RuntimeException | SQLException e) {
                LOG.log(Level.WARNING, "Background job " + job.name() + " failed; it runs again at a later tick", e);
            }
        }
    }

    /** Runs the job here if its lease is free and its period not finished; answers whether it ran. */
    public boolean runIfDue(ScheduledJob job) throws SQLException {
        return run(job, false);
    }

    /**
     * Runs the job by name now, in the caller's thread, even if its period is finished
     * (jobs are idempotent: a second run in a period makes nothing twice); never while it
     * runs elsewhere (another node holds its lease, or it is running here). For
     * administrators. (Not handed to an executor: a task submitted from a request shares
     * the request's component context, and Payara then closes the request's entity
     * managers when the task ends.) Answers whether it ran.
     */
    public boolean runNow(String name) {
        for (ScheduledJob job : jobs) {
            if (job.name().equals(name)) {
                try {
                    return run(job, true);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException("no background job " + name);
    }

    /** The names of the jobs. */
    public java.util.List<String> names() {
        return jobs.stream().map(ScheduledJob::name).sorted().toList();
    }

    private boolean run(ScheduledJob job, boolean again) throws SQLException {
        if (!registered.contains(job.name())) {
            leases.register(job.name());
            registered.add(job.name());
        }
        // One run of a job at a time on this node too (the lease lets its holder in again).
        if (!running.add(job.name())) {
            return false;
        }
        try {
            return runHeld(job, again);
        } finally {
            running.remove(job.name());
        }
    }

    private boolean runHeld(ScheduledJob job, boolean again) throws SQLException {
        String period = job.period(platformClock.instant());
        Optional<Leases.Lease> lease = again ? leases.takeAgain(job.name(), holder, leaseClock.instant(), leaseLength(), period)
                : leases.take(job.name(), holder, leaseClock.instant(), leaseLength(), period);
        if (lease.isEmpty()) {
            return false;
        }
        long started = System.nanoTime();
        int statementsBefore = SqlStatements.count();
        try {
            job.run(lease.get());
        } catch (RuntimeException failed) {
            lease.get().abandon();
            throw failed;
        }
        lease.get().finish(platformClock.instant());
        if (period != null) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            int statements = SqlStatements.count() - statementsBefore;
            LOG.info(() -> "Background job " + job.name() + " finished " + period + " in " + millis + " ms with " + statements
                    + " SQL statements");
        }
        return true;
    }

    /** Every job's lease: who holds it, the period last finished, when. */
    public java.util.List<Leases.State> states() {
        try {
            return leases.states();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Renews a lease between steps of a long job; false if it was lost (stop working). */
    public boolean stillHeld(Leases.Lease lease) {
        try {
            return lease.renew(leaseClock.instant());
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot renew the lease of " + lease.job(), e);
            return false;
        }
    }

    private Duration leaseLength() {
        return Duration.ofSeconds(leaseSeconds);
    }

    private static String node() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "node";
        }
    }
}
