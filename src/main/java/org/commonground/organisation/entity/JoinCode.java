package org.commonground.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.commonground.platform.entity.VersionedEntity;

/**
 * A code that lets people join an organisation (and optionally a team) until it
 * expires or has been used as often as allowed. An invitation is a code for one use
 * sent to one email address.
 */
@Entity
@Table(name = "join_code")
@NamedQuery(name = JoinCode.BY_CODE, query = "select c from JoinCode c join fetch c.organisation left join fetch c.team where c.code = :code")
@NamedQuery(name = JoinCode.OF_ORGANISATION,
        query = "select c from JoinCode c left join fetch c.team where c.organisation = :organisation order by c.createdAt desc")
public class JoinCode extends VersionedEntity {

    public static final String BY_CODE = "JoinCode.byCode";
    public static final String OF_ORGANISATION = "JoinCode.ofOrganisation";

    /** Why a code cannot be used now. */
    public enum Refusal {
        EXPIRED, USED_UP, REVOKED
    }

    @Column(name = "code", nullable = false, length = 32, unique = true)
    private String code;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(name = "invited_email", length = 254)
    private String invitedEmail;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "max_uses", nullable = false)
    private int maxUses;

    @Column(name = "uses", nullable = false)
    private int uses;

    @Column(name = "revoked", nullable = false)
    private boolean revoked;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    protected JoinCode() {
    }

    public JoinCode(String code, Organisation organisation, Team team, String invitedEmail, Instant expiresAt,
            int maxUses, Instant createdAt, Long createdBy) {
        this.code = Objects.requireNonNull(code);
        this.organisation = Objects.requireNonNull(organisation);
        if (team != null && !team.getOrganisation().equals(organisation)) {
            throw new IllegalArgumentException("a team of another organisation");
        }
        this.team = team;
        this.invitedEmail = invitedEmail;
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a code must expire after it is made");
        }
        if (maxUses < 1) {
            throw new IllegalArgumentException("a code allows at least one use");
        }
        this.expiresAt = expiresAt;
        this.maxUses = maxUses;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Optional<Refusal> refusalAt(Instant now) {
        if (revoked) {
            return Optional.of(Refusal.REVOKED);
        }
        if (!now.isBefore(expiresAt)) {
            return Optional.of(Refusal.EXPIRED);
        }
        if (uses >= maxUses) {
            return Optional.of(Refusal.USED_UP);
        }
        return Optional.empty();
    }

    public void use(Instant now) {
        refusalAt(now).ifPresent(r -> {
            throw new IllegalStateException("code cannot be used: " + r);
        });
        uses++;
    }

    public void revoke() {
        this.revoked = true;
    }

    public String getCode() {
        return code;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Team getTeam() {
        return team;
    }

    public String getInvitedEmail() {
        return invitedEmail;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public int getMaxUses() {
        return maxUses;
    }

    public int getUses() {
        return uses;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
