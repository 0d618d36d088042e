package org.commonground.notification.entity;

/**
 * A kind of message. People choose per kind whether it also comes by email; safety
 * messages (none yet: password and email changes are mailed directly by identity) could
 * not be turned off.
 */
public enum Kind {
    ASSIGNED,
    DUE_SOON,
    OVERDUE,
    RENEWAL_OPEN,
    RENEWAL_PASSED,
    REFRESH_NEEDED,
    ESCALATION,
    TEAM_DIGEST,
    REVIEW_REQUESTED,
    DRAFT_FEEDBACK,
    REFLECTION_SHARED,
    TRAINER_REPLY,
    FOLLOW_UP_DUE;

    /** The message-bundle key of this kind's name on the settings page. */
    public String labelKey() {
        return "notification.kind." + name();
    }

    public String getLabelKey() {
        return labelKey();
    }

    public String getName() {
        return name();
    }
}
