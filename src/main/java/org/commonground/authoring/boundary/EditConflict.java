package org.commonground.authoring.boundary;

import java.time.Instant;
import org.commonground.platform.boundary.BusinessException;

/** Someone else saved the item since this copy was opened: who, and when. */
public class EditConflict extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String changedBy;
    private final Instant changedAt;

    public EditConflict(String changedBy, Instant changedAt) {
        super("authoring.changed");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
