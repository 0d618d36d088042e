package org.commonground.it.crash;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Specializes;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;
import org.commonground.notification.boundary.DailyReminders;
import org.commonground.platform.control.Leases;

/**
 * Test only, added by the crash test to its own deployment (never in the production
 * WAR): when the server runs with {@code -Dcommonground.it.pause-daily-run=true}, the
 * daily reminder run stops at the start of its second batch of people (the first
 * committed), says so in the log, and waits there, holding its lease, until the process
 * is killed. Every other use of the reminders is left as it is.
 */
@Specializes
@ApplicationScoped
public class PausingDailyReminders extends DailyReminders {

    /** The line the log shows when the run has paused. */
    public static final String PAUSED = "The daily reminder run is paused in the middle, holding its lease";

    private static final Logger LOG = Logger.getLogger(PausingDailyReminders.class.getName());

    private final ThreadLocal<int[]> batches = new ThreadLocal<>();

    @Override
    public void run(Leases.Lease lease) {
        batches.set(new int[1]);
        try {
            super.run(lease);
        } finally {
            batches.remove();
        }
    }

    @Override
    @Transactional
    public int remind(Collection<Long> people) {
        int[] done = batches.get();
        if (done != null && done[0]++ == 1 && Boolean.getBoolean("commonground.it.pause-daily-run")) {
            LOG.info(PAUSED);
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the paused run was interrupted", e);
            }
        }
        return super.remind(people);
    }
}
