package org.commonground.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.commonground.platform.entity.Backoff;
import org.commonground.platform.entity.VersionedEntity;

/**
 * A person launched into a module from a platform's gradebook column (its line item),
 * and the score for that column waiting to be sent: the newest score replaces an
 * unsent one, so the queue holds at most one score per person and column, and sending
 * it twice (a node stopped after the platform took it) changes nothing there.
 */
@Entity
@Table(name = "lti_link")
@NamedQuery(name = LtiLink.OF_MODULE, query = "select l from LtiLink l where l.accountId = :a and l.moduleUuid = :m")
@NamedQuery(name = LtiLink.DUE, query = "select l from LtiLink l where l.nextAttemptAt is not null and l.nextAttemptAt <= :now"
        + " order by l.nextAttemptAt")
public class LtiLink extends VersionedEntity {

    public static final String OF_MODULE = "LtiLink.ofModule";
    public static final String DUE = "LtiLink.due";

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "platform_id", nullable = false)
    private long platformId;

    @Column(name = "module_uuid", nullable = false, length = 36)
    private String moduleUuid;

    @Column(name = "lineitem_url", nullable = false, length = 1000)
    private String lineItemUrl;

    @Column(name = "user_subject", nullable = false, length = 255)
    private String userSubject;

    @Column(name = "launched_at", nullable = false)
    private Instant launchedAt;

    @Column(name = "score_given")
    private Double scoreGiven;

    @Column(name = "score_maximum")
    private Double scoreMaximum;

    @Column(name = "activity_progress", length = 20)
    private String activityProgress;

    @Column(name = "grading_progress", length = 20)
    private String gradingProgress;

    @Column(name = "scored_at")
    private Instant scoredAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected LtiLink() {
    }

    public LtiLink(long accountId, long platformId, String moduleUuid, String lineItemUrl, String userSubject,
            Instant launchedAt) {
        this.accountId = accountId;
        this.platformId = platformId;
        this.moduleUuid = Objects.requireNonNull(moduleUuid);
        this.lineItemUrl = Objects.requireNonNull(lineItemUrl);
        this.userSubject = Objects.requireNonNull(userSubject);
        this.launchedAt = Objects.requireNonNull(launchedAt);
    }

    /** Launched again (perhaps as another subject of the same platform, or into another module). */
    public void launchedAgain(String moduleUuid, String userSubject, Instant at) {
        this.moduleUuid = Objects.requireNonNull(moduleUuid);
        this.userSubject = Objects.requireNonNull(userSubject);
        this.launchedAt = at;
    }

    /** A new score to send now; it replaces any score not yet sent. */
    public void scored(double given, double maximum, String activity, String grading, Instant at) {
        this.scoreGiven = given;
        this.scoreMaximum = maximum;
        this.activityProgress = Objects.requireNonNull(activity);
        this.gradingProgress = Objects.requireNonNull(grading);
        this.scoredAt = at;
        this.sentAt = null;
        this.attempts = 0;
        this.lastError = null;
        this.nextAttemptAt = at;
    }

    /** The platform took the score; nothing waits until the next score. */
    public void sent(Instant at) {
        this.sentAt = at;
        this.nextAttemptAt = null;
        this.lastError = null;
        this.attempts++;
    }

    /**
     * Sending failed: tried again after a doubling wait, or not again once
     * {@code maxAttempts} have failed (the error stays for administrators).
     */
    public void failed(String error, Instant at, Duration firstWait, Duration longestWait, int maxAttempts) {
        this.attempts++;
        this.lastError = error == null ? "failed" : error.substring(0, Math.min(500, error.length()));
        this.nextAttemptAt = attempts >= maxAttempts ? null : Backoff.next(at, attempts, firstWait, longestWait);
    }

    public long getAccountId() {
        return accountId;
    }

    public long getPlatformId() {
        return platformId;
    }

    public String getModuleUuid() {
        return moduleUuid;
    }

    public String getLineItemUrl() {
        return lineItemUrl;
    }

    public String getUserSubject() {
        return userSubject;
    }

    public Instant getLaunchedAt() {
        return launchedAt;
    }

    public Double getScoreGiven() {
        return scoreGiven;
    }

    public Double getScoreMaximum() {
        return scoreMaximum;
    }

    public String getActivityProgress() {
        return activityProgress;
    }

    public String getGradingProgress() {
        return gradingProgress;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }
}
