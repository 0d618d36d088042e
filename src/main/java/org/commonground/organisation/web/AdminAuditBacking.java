package org.commonground.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonground.identity.boundary.Audit;
import org.commonground.platform.boundary.Outbox;
import org.commonground.platform.entity.MailMessage;
import org.commonground.platform.web.LazyRows;

/** Administration: the audit of grants, and the mail outbox. */
@Named
@RequestScoped
public class AdminAuditBacking {

    @Inject
    Audit audit;

    @Inject
    Outbox outbox;

    @Inject
    org.commonground.identity.boundary.Caller caller;

    @Inject
    org.commonground.platform.boundary.Scheduler scheduler;

    private LazyRows<Audit.Row> entries;
    private LazyRows<MailMessage> messages;

    /** The audit, a page at a time from the database. */
    public LazyRows<Audit.Row> getEntries() {
        if (entries == null) {
            entries = new LazyRows<>(Audit.COLUMNS, audit::count,
                    p -> audit.page(p.filters(), p.sort(), p.descending(), p.first(), p.max()));
        }
        return entries;
    }

    /** The outbox, a page at a time from the database. */
    public LazyRows<MailMessage> getMessages() {
        caller.requireAdmin();
        if (messages == null) {
            messages = new LazyRows<>(Outbox.COLUMNS, outbox::count,
                    p -> outbox.page(p.filters(), p.sort(), p.descending(), p.first(), p.max()));
        }
        return messages;
    }

    /** A message's state in words: sent, waiting or given up. */
    public String state(MailMessage message) {
        return Outbox.state(message);
    }

    public List<org.commonground.platform.control.Leases.State> getJobs() {
        caller.requireAdmin();
        return scheduler.states();
    }

    private String job;

    public List<String> getJobNames() {
        return scheduler.names();
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }

    /** Starts a background job now (it runs on this node unless another node is running it). */
    public void runJob() {
        caller.requireAdmin();
        if (job == null || !scheduler.names().contains(job)) {
            org.commonground.platform.web.Messages.error("runJob:job", "platform.jobs.unknown");
        } else if (scheduler.runNow(job)) {
            org.commonground.platform.web.Messages.info("platform.jobs.ran", job);
        } else {
            org.commonground.platform.web.Messages.info("platform.jobs.busy", job);
        }
    }

    public boolean isSending() {
        return outbox.sends();
    }
}
