package org.commonground.record.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonground.platform.entity.BaseEntity;

/**
 * Proof that a person completed a version of a module. Its code is random and long
 * enough that codes cannot be guessed; anyone with the code can check it.
 */
@Entity
@Table(name = "certificate")
public class Certificate extends BaseEntity {

    @Column(name = "code", nullable = false, length = 20, unique = true)
    private String code;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "module_uuid", nullable = false, length = 36)
    private String moduleUuid;

    @Column(name = "module_version", nullable = false)
    private int moduleVersion;

    @Column(name = "module_title", nullable = false, length = 200)
    private String moduleTitle;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected Certificate() {
    }

    public Certificate(String code, long accountId, String moduleUuid, int moduleVersion, String moduleTitle, Instant issuedAt) {
        this.code = Objects.requireNonNull(code);
        this.accountId = accountId;
        this.moduleUuid = Objects.requireNonNull(moduleUuid);
        this.moduleVersion = moduleVersion;
        this.moduleTitle = moduleTitle.length() > 200 ? moduleTitle.substring(0, 200) : moduleTitle;
        this.issuedAt = Objects.requireNonNull(issuedAt);
    }

    public String getCode() {
        return code;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getModuleUuid() {
        return moduleUuid;
    }

    public int getModuleVersion() {
        return moduleVersion;
    }

    public String getModuleTitle() {
        return moduleTitle;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
