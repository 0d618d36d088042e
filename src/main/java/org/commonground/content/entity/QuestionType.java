package org.commonground.content.entity;

/** How a question is answered. */
public enum QuestionType {
    /** "Select every statement you think is true": any number of options. */
    MULTI,
    /** One answer from several. */
    SINGLE,
    /** The two options true and false. */
    TRUE_FALSE;

    public boolean isMultiple() {
        return this == MULTI;
    }
}
