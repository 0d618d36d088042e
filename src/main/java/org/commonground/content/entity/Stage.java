package org.commonground.content.entity;

/** The NHS England skills-and-capacity maturity stages, lowest first. */
public enum Stage {
    EMERGING("Emerging"), DEVELOPING("Developing"), MATURING("Maturing"), THRIVING("Thriving");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public int getRank() {
        return ordinal() + 1;
    }
}
