package org.commonground.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonground.platform.entity.BaseEntity;

/**
 * One of the tool's RSA signing keys. The newest signs; a retired key stays published
 * (its public half in the key set) until every token it signed has expired, and is then
 * deleted. The private half is stored as the codec wrote it (encrypted when a secret is
 * configured; see {@link org.commonground.lti.control.PrivateKeyCodec}).
 */
@Entity
@Table(name = "lti_tool_key")
public class ToolKey extends BaseEntity {

    @Column(name = "kid", nullable = false, length = 64)
    private String kid;

    @Column(name = "public_jwk", nullable = false, length = 4000)
    private String publicJwk;

    @Column(name = "private_jwk", nullable = false, length = 8000)
    private String privateJwk;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected ToolKey() {
    }

    public ToolKey(String kid, String publicJwk, String privateJwk, Instant createdAt) {
        this.kid = Objects.requireNonNull(kid);
        this.publicJwk = Objects.requireNonNull(publicJwk);
        this.privateJwk = Objects.requireNonNull(privateJwk);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A newer key signs from now on. */
    public void retire(Instant at) {
        if (retiredAt == null) {
            retiredAt = at;
        }
    }

    public String getKid() {
        return kid;
    }

    public String getPublicJwk() {
        return publicJwk;
    }

    public String getPrivateJwk() {
        return privateJwk;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }
}
