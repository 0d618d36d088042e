package org.commonground.progress.entity;

/**
 * A person's standing on one module, as every page shows it. Decided only by
 * {@link org.commonground.progress.control.CurrencyPolicy}.
 */
public enum Status {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    COMPLETE("Complete"),
    RENEWAL_DUE_SOON("Renewal due soon"),
    NEEDS_REFRESH("Needs refresh"),
    OVERDUE("Overdue"),
    ATTEMPTS_USED_UP("Attempts used up"),
    EXEMPT("Exempt");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** The status in words, as pages print it beside its colour. */
    public String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }

    /** Whether it counts as trained now: complete and current (renewal not yet due), or exempt until its date. */
    public boolean isCurrent() {
        return this == COMPLETE || this == RENEWAL_DUE_SOON || this == EXEMPT;
    }
}
