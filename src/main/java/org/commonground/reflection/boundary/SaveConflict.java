package org.commonground.reflection.boundary;

import java.time.Instant;
import org.commonground.platform.boundary.BusinessException;

/**
 * The answer was saved from another tab or device after this copy was loaded: the
 * save is refused, and the learner is shown the other copy and chooses.
 */
public class SaveConflict extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String partUuid;
    private final long currentVersion;
    private final Instant savedAt;
    private final String currentContent;

    public SaveConflict(String partUuid, long currentVersion, Instant savedAt, String currentContent) {
        super("reflection.worksheet.conflict");
        this.partUuid = partUuid;
        this.currentVersion = currentVersion;
        this.savedAt = savedAt;
        this.currentContent = currentContent;
    }

    public String getPartUuid() {
        return partUuid;
    }

    public long getCurrentVersion() {
        return currentVersion;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getCurrentContent() {
        return currentContent;
    }
}
