package org.commonground.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonground.platform.entity.BaseEntity;

/**
 * Extra attempts at a quiz that a trainer or manager allowed one learner after they
 * used every allowed attempt. Kept as a record of who allowed them and when.
 */
@Entity
@Table(name = "quiz_allowance")
public class AttemptAllowance extends BaseEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "module_uuid", nullable = false, length = 36)
    private String moduleUuid;

    @Column(name = "quiz_uuid", nullable = false, length = 36)
    private String quizUuid;

    @Column(name = "extra", nullable = false)
    private int extra;

    @Column(name = "granted_by", nullable = false)
    private long grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected AttemptAllowance() {
    }

    public AttemptAllowance(long accountId, String moduleUuid, String quizUuid, int extra, long grantedBy, Instant grantedAt) {
        if (extra < 1) {
            throw new IllegalArgumentException("allow at least one more attempt");
        }
        this.accountId = accountId;
        this.moduleUuid = Objects.requireNonNull(moduleUuid);
        this.quizUuid = Objects.requireNonNull(quizUuid);
        this.extra = extra;
        this.grantedBy = grantedBy;
        this.grantedAt = Objects.requireNonNull(grantedAt);
    }

    public long getAccountId() {
        return accountId;
    }

    public String getQuizUuid() {
        return quizUuid;
    }

    public int getExtra() {
        return extra;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
