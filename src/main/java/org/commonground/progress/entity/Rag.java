package org.commonground.progress.entity;

/** Red, amber, green, or no colour for work that is on track. */
public enum Rag {
    RED("Red"), AMBER("Amber"), GREEN("Green"), NONE("On track");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
