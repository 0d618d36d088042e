package org.commonground.lti.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.commonground.platform.entity.VersionedEntity;

/**
 * A learning platform (an LMS such as Moodle) that launches the tool, as an
 * administrator registered it: its issuer and our client id there, where its users
 * log in (OIDC authorisation), where tokens are issued and where its keys are
 * published, and the deployments it may launch from.
 */
@Entity
@Table(name = "lti_platform")
@NamedQuery(name = LtiPlatform.BY_ISSUER, query = "select p from LtiPlatform p where p.issuer = :issuer order by p.id")
public class LtiPlatform extends VersionedEntity {

    public static final String BY_ISSUER = "LtiPlatform.byIssuer";

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "issuer", nullable = false, length = 400)
    private String issuer;

    @Column(name = "client_id", nullable = false, length = 255)
    private String clientId;

    @Column(name = "login_url", nullable = false, length = 1000)
    private String loginUrl;

    @Column(name = "token_url", nullable = false, length = 1000)
    private String tokenUrl;

    @Column(name = "jwks_url", nullable = false, length = 1000)
    private String jwksUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "platform", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("deploymentId")
    private List<LtiDeployment> deployments = new ArrayList<>();

    protected LtiPlatform() {
    }

    public LtiPlatform(String name, String issuer, String clientId, String loginUrl, String tokenUrl, String jwksUrl,
            Instant createdAt) {
        change(name, issuer, clientId, loginUrl, tokenUrl, jwksUrl);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** New addresses or names, as the administrator typed them (checked by the boundary). */
    public final void change(String name, String issuer, String clientId, String loginUrl, String tokenUrl, String jwksUrl) {
        this.name = Objects.requireNonNull(name);
        this.issuer = Objects.requireNonNull(issuer);
        this.clientId = Objects.requireNonNull(clientId);
        this.loginUrl = Objects.requireNonNull(loginUrl);
        this.tokenUrl = Objects.requireNonNull(tokenUrl);
        this.jwksUrl = Objects.requireNonNull(jwksUrl);
    }

    /** The deployments become exactly these (deployment id to organisation uuid or null). */
    public void deployments(java.util.Map<String, String> wanted) {
        deployments.removeIf(d -> !wanted.containsKey(d.getDeploymentId()));
        wanted.forEach((id, organisation) -> deployment(id).ifPresentOrElse(d -> d.tieTo(organisation),
                () -> deployments.add(new LtiDeployment(this, id, organisation))));
    }

    public Optional<LtiDeployment> deployment(String deploymentId) {
        return deployments.stream().filter(d -> d.getDeploymentId().equals(deploymentId)).findFirst();
    }

    public String getName() {
        return name;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public String getLoginUrl() {
        return loginUrl;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public String getJwksUrl() {
        return jwksUrl;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<LtiDeployment> getDeployments() {
        return List.copyOf(deployments);
    }
}
