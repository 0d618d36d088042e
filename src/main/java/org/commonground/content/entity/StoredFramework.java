package org.commonground.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.commonground.platform.entity.VersionedEntity;

/** The maturity framework as last imported from its file. */
@Entity
@Table(name = "framework")
public class StoredFramework extends VersionedEntity {

    @Column(name = "uuid", nullable = false, length = 36, unique = true)
    private String uuid;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "fingerprint", nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "content", nullable = false, length = 500_000)
    private String content;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected StoredFramework() {
    }

    public StoredFramework(String uuid, String title, String content, String fingerprint, Instant importedAt) {
        this.uuid = uuid;
        replace(title, content, fingerprint, importedAt);
    }

    public final void replace(String newTitle, String newContent, String newFingerprint, Instant at) {
        this.title = newTitle;
        this.content = newContent;
        this.fingerprint = newFingerprint;
        this.importedAt = at;
    }

    public String getUuid() {
        return uuid;
    }

    public String getTitle() {
        return title;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getContent() {
        return content;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
