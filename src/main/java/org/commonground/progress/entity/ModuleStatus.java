package org.commonground.progress.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.commonground.platform.entity.VersionedEntity;
import org.commonground.progress.control.CurrencyPolicy;

/**
 * The stored facts behind one person's status on one module: kept for every module
 * assigned to them and every module they started, and brought up to date in the same
 * transaction as the event that changes them (a unit completed, an assignment made or
 * withdrawn, a team joined or left, a material change published). What depends on the
 * date (due soon, overdue, renewal) is decided when read, from the dates stored here.
 */
@Entity
@Table(name = "module_status")
public class ModuleStatus extends VersionedEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "module_uuid", nullable = false, length = 36)
    private String moduleUuid;

    @Column(name = "assigned", nullable = false)
    private boolean assigned;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "renewal_months")
    private Integer renewalMonths;

    @Column(name = "started", nullable = false)
    private boolean started;

    @Column(name = "units_done", nullable = false)
    private int unitsDone;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_version")
    private Integer completedVersion;

    @Column(name = "renew_on")
    private LocalDate renewOn;

    @Column(name = "refresh_needed", nullable = false)
    private boolean refreshNeeded;

    @Column(name = "attempts_used_up", nullable = false)
    private boolean attemptsUsedUp;

    @Column(name = "exempt_until")
    private LocalDate exemptUntil;

    @Column(name = "exempt_reason", length = 500)
    private String exemptReason;

    @Column(name = "exempt_by")
    private Long exemptBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ModuleStatus() {
    }

    public ModuleStatus(long accountId, String moduleUuid, Instant at) {
        this.accountId = accountId;
        this.moduleUuid = Objects.requireNonNull(moduleUuid);
        this.updatedAt = at;
    }

    /** The assignments that apply now: the earliest due date and the shortest renewal among them. */
    public void assignment(boolean assigned, LocalDate dueOn, Integer renewalMonths, java.time.ZoneId zone, Instant at) {
        this.assigned = assigned;
        this.dueOn = assigned ? dueOn : null;
        this.renewalMonths = assigned ? renewalMonths : null;
        this.renewOn = CurrencyPolicy.renewOn(completedAt, this.renewalMonths, zone);
        this.updatedAt = at;
    }

    /** Work in the module: how many of its units are complete. */
    public void worked(int unitsDone, Instant at) {
        this.started = true;
        this.unitsDone = unitsDone;
        this.updatedAt = at;
    }

    /** A completion of the module: the newest counts; a refresh is no longer needed. */
    public void completed(int version, Instant completedAt, java.time.ZoneId zone) {
        this.started = true;
        this.completedAt = completedAt;
        this.completedVersion = version;
        this.refreshNeeded = false;
        this.attemptsUsedUp = false;
        this.renewOn = CurrencyPolicy.renewOn(completedAt, renewalMonths, zone);
        this.updatedAt = completedAt;
    }

    /** A version with a material change was published after the one completed. */
    public void materialChange(int version, Instant at) {
        if (completedVersion != null && completedVersion < version) {
            this.refreshNeeded = true;
            this.updatedAt = at;
        }
    }

    public void attemptsUsedUp(boolean usedUp, Instant at) {
        this.attemptsUsedUp = usedUp;
        this.updatedAt = at;
    }

    /** Trained elsewhere: counts as current until the date (inclusive); null lifts the exemption. */
    public void exempt(LocalDate until, String reason, Long by, Instant at) {
        this.exemptUntil = until;
        this.exemptReason = until == null ? null : reason;
        this.exemptBy = until == null ? null : by;
        this.updatedAt = at;
    }

    /** Neither assigned, started nor exempt: nothing to keep. */
    public boolean isEmpty() {
        return !assigned && !started && completedAt == null && exemptUntil == null;
    }

    public CurrencyPolicy.Facts facts() {
        return new CurrencyPolicy.Facts(started, completedAt, refreshNeeded, renewOn, dueOn, attemptsUsedUp, exemptUntil);
    }

    public long getAccountId() {
        return accountId;
    }

    public String getModuleUuid() {
        return moduleUuid;
    }

    public boolean isAssigned() {
        return assigned;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Integer getRenewalMonths() {
        return renewalMonths;
    }

    public boolean isStarted() {
        return started;
    }

    public int getUnitsDone() {
        return unitsDone;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Integer getCompletedVersion() {
        return completedVersion;
    }

    public LocalDate getRenewOn() {
        return renewOn;
    }

    public boolean isRefreshNeeded() {
        return refreshNeeded;
    }

    public LocalDate getExemptUntil() {
        return exemptUntil;
    }

    public String getExemptReason() {
        return exemptReason;
    }
}
