package org.commonground.platform.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Once a minute, the tokens of expired links are forgotten in the stored messages
 * (see {@link Outbox#forgetExpiredLinks()}), so a message that was never delivered
 * does not keep a link past its expiry until someone next sends or reads mail.
 */
@ApplicationScoped
public class LinkExpiry {

    private static final Logger LOG = Logger.getLogger(LinkExpiry.class.getName());

    @Inject
    Outbox outbox;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> sweep;

    void start(@Observes @Priority(Bootstrap.SCHEMA_READY + 20) Startup startup) {
        sweep = scheduler.scheduleWithFixedDelay(this::forget, 1, 1, TimeUnit.MINUTES);
    }

    private void forget() {
        try {
            outbox.forgetExpiredLinks();
        } catch (RuntimeException e) {
            // The database may be down for a moment: the next sweep tries again.
            LOG.warning(() -> "Expired links were not forgotten this time: " + e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }
}
