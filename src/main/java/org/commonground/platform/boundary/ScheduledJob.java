package org.commonground.platform.boundary;

import java.time.Instant;
import org.commonground.platform.control.Leases;

/**
 * Background work that runs on one node at a time (see {@link Scheduler}). A feature
 * adds a job by making a CDI bean that implements this; the scheduler finds it. A job
 * must be idempotent: it may run again after a node stops in the middle of it.
 */
public interface ScheduledJob {

    /** A stable name, unique among jobs (the lease row's key). */
    String name();

    /**
     * The period a run at this platform-clock instant belongs to (a day, a week): the job
     * runs once per period. Null: the job runs at every tick (a queue to drain).
     */
    String period(Instant now);

    /**
     * Does the work. Long work calls {@link Scheduler#stillHeld(Leases.Lease)} between
     * steps and stops when it answers false.
     */
    void run(Leases.Lease lease);
}
