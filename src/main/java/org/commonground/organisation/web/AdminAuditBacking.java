package org.commonground.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonground.identity.boundary.Audit;
import org.commonground.platform.boundary.Outbox;
import org.commonground.platform.entity.MailMessage;
import org.commonground.platform.web.Paging;

/** Administration: the audit of grants, and the mail outbox. */
@Named
@RequestScoped
public class AdminAuditBacking {

    public static final int PAGE_SIZE = 100;

    @Inject
    Audit audit;

    @Inject
    Outbox outbox;

    @Inject
    org.commonground.identity.boundary.Caller caller;

    @Inject
    org.commonground.platform.boundary.Scheduler scheduler;

    private int page;

    public List<Audit.Row> getEntries() {
        return audit.recent(page * PAGE_SIZE, PAGE_SIZE);
    }

    public boolean isMoreEntries() {
        return audit.count() > (long) (page + 1) * PAGE_SIZE;
    }

    public List<MailMessage> getMessages() {
        caller.requireAdmin();
        return outbox.recent(page * PAGE_SIZE, PAGE_SIZE);
    }

    public boolean isMoreMessages() {
        caller.requireAdmin();
        return outbox.count() > (long) (page + 1) * PAGE_SIZE;
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

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Paging.page(page);
    }
}
