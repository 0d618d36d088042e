package org.commonground.identity.entity;

/** What a person may do. Everyone is a learner; the others are granted. */
public enum Role {
    LEARNER, TRAINER, REVIEWER, MANAGER, ADMIN;

    public static final String LEARNER_NAME = "LEARNER";
    public static final String TRAINER_NAME = "TRAINER";
    public static final String REVIEWER_NAME = "REVIEWER";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String ADMIN_NAME = "ADMIN";
}
