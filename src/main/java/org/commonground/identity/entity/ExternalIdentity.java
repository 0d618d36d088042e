package org.commonground.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonground.platform.entity.BaseEntity;

/**
 * A person as an external identity provider knows them, the pair (issuer, subject),
 * linked to one account. See {@link org.commonground.identity.boundary.ExternalIdentities}
 * for when a link is made.
 */
@Entity
@Table(name = "external_identity")
@NamedQuery(name = ExternalIdentity.BY_ISSUER_SUBJECT,
        query = "select x from ExternalIdentity x where x.issuer = :issuer and x.subject = :subject")
public class ExternalIdentity extends BaseEntity {

    public static final String BY_ISSUER_SUBJECT = "ExternalIdentity.byIssuerSubject";

    @Column(name = "issuer", nullable = false, length = 400)
    private String issuer;

    @Column(name = "subject", nullable = false, length = 255)
    private String subject;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected ExternalIdentity() {
    }

    public ExternalIdentity(String issuer, String subject, long accountId, Instant linkedAt) {
        this.issuer = Objects.requireNonNull(issuer);
        this.subject = Objects.requireNonNull(subject);
        this.accountId = accountId;
        this.linkedAt = Objects.requireNonNull(linkedAt);
    }

    public String getIssuer() {
        return issuer;
    }

    public String getSubject() {
        return subject;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }
}
