package org.commonground.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.commonground.platform.entity.VersionedEntity;

/**
 * A module's identity across its versions. It remembers which files it was last
 * imported from (their fingerprint) and whether someone edited it in the browser
 * since, so that a change to the files never silently overwrites browser edits.
 */
@Entity
@Table(name = "learning_module")
@NamedQuery(name = LearningModule.BY_UUID, query = "select m from LearningModule m where m.uuid = :uuid")
@NamedQuery(name = LearningModule.ALL, query = "select m from LearningModule m order by m.folder")
public class LearningModule extends VersionedEntity {

    public static final String BY_UUID = "LearningModule.byUuid";
    public static final String ALL = "LearningModule.all";

    @Column(name = "uuid", nullable = false, length = 36, unique = true)
    private String uuid;

    @Column(name = "folder", nullable = false, length = 120)
    private String folder;

    @Column(name = "current_version")
    private Integer currentVersion;

    @Column(name = "files_fingerprint", length = 64)
    private String filesFingerprint;

    @Column(name = "edited_in_browser", nullable = false)
    private boolean editedInBrowser;

    @Column(name = "files_differ", nullable = false)
    private boolean filesDiffer;

    @Column(name = "pending_fingerprint", length = 64)
    private String pendingFingerprint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LearningModule() {
    }

    public LearningModule(String uuid, String folder, Instant createdAt) {
        this.uuid = Objects.requireNonNull(uuid);
        this.folder = Objects.requireNonNull(folder);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A version imported from files with this fingerprint became the published one. */
    public void importedFromFiles(int versionNumber, String fingerprint) {
        this.currentVersion = versionNumber;
        this.filesFingerprint = fingerprint;
        this.editedInBrowser = false;
        this.filesDiffer = false;
        this.pendingFingerprint = null;
    }

    /** The files changed, but the live copy has browser edits: an administrator must choose. */
    public void filesChangedUnderBrowserEdits(String fingerprint) {
        this.filesDiffer = true;
        this.pendingFingerprint = fingerprint;
    }

    /** The administrator chose to keep the browser copy; these files are not offered again. */
    public void keepBrowserCopy() {
        if (pendingFingerprint != null) {
            this.filesFingerprint = pendingFingerprint;
        }
        this.filesDiffer = false;
        this.pendingFingerprint = null;
    }

    public void editedInBrowser() {
        this.editedInBrowser = true;
    }

    public void published(int versionNumber) {
        this.currentVersion = versionNumber;
    }

    public boolean importedFrom(String fingerprint) {
        return fingerprint.equals(filesFingerprint);
    }

    public String getUuid() {
        return uuid;
    }

    public String getFolder() {
        return folder;
    }

    public Optional<Integer> currentVersion() {
        return Optional.ofNullable(currentVersion);
    }

    public Integer getCurrentVersion() {
        return currentVersion;
    }

    public boolean isEditedInBrowser() {
        return editedInBrowser;
    }

    public boolean isFilesDiffer() {
        return filesDiffer;
    }

    public String getPendingFingerprint() {
        return pendingFingerprint;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
