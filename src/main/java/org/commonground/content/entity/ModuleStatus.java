package org.commonground.content.entity;

/** Where a module version stands. Only published versions are shown to learners. */
public enum ModuleStatus {
    DRAFT, IN_REVIEW, PUBLISHED, SUPERSEDED
}
