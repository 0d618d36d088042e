package org.commonground.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonground.platform.entity.BaseEntity;

/**
 * A login begun by a platform and not yet launched: the state we sent (also kept in
 * the browser's cookie) and the nonce the launch token must carry. Deleted when the
 * launch uses it, so each works once; expires after a few minutes.
 */
@Entity
@Table(name = "lti_login")
public class LtiLogin extends BaseEntity {

    @Column(name = "state", nullable = false, length = 64)
    private String state;

    @Column(name = "nonce", nullable = false, length = 64)
    private String nonce;

    @Column(name = "platform_id", nullable = false)
    private long platformId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected LtiLogin() {
    }

    public LtiLogin(String state, String nonce, long platformId, Instant expiresAt) {
        this.state = Objects.requireNonNull(state);
        this.nonce = Objects.requireNonNull(nonce);
        this.platformId = platformId;
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    public String getState() {
        return state;
    }

    public String getNonce() {
        return nonce;
    }

    public long getPlatformId() {
        return platformId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
