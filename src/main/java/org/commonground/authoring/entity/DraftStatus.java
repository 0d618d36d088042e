package org.commonground.authoring.entity;

/** Where a draft stands: being written, sent to reviewers, or published as a version (then closed). */
public enum DraftStatus {
    DRAFT, IN_REVIEW, PUBLISHED, DISCARDED;

    public boolean isOpen() {
        return this == DRAFT || this == IN_REVIEW;
    }
}
