package org.commonground.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.commonground.platform.entity.BaseEntity;

/** A deployment of the tool in a platform; people launched from it may join an organisation as learners. */
@Entity
@Table(name = "lti_deployment")
public class LtiDeployment extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "platform_id", nullable = false)
    private LtiPlatform platform;

    @Column(name = "deployment_id", nullable = false, length = 255)
    private String deploymentId;

    @Column(name = "organisation_uuid", length = 36)
    private String organisationUuid;

    protected LtiDeployment() {
    }

    LtiDeployment(LtiPlatform platform, String deploymentId, String organisationUuid) {
        this.platform = Objects.requireNonNull(platform);
        this.deploymentId = Objects.requireNonNull(deploymentId);
        this.organisationUuid = organisationUuid;
    }

    void tieTo(String organisationUuid) {
        this.organisationUuid = organisationUuid;
    }

    public LtiPlatform getPlatform() {
        return platform;
    }

    public String getDeploymentId() {
        return deploymentId;
    }

    /** The organisation launched people join as learners, or null. */
    public String getOrganisationUuid() {
        return organisationUuid;
    }
}
