package org.commonground.content.entity;

/** A case study (drawn from a source) or a scenario (made up for learning), in Markdown. */
public record CaseStudy(Kind kind, String title, String body) {

    public enum Kind {
        CASE_STUDY("Case study"), SCENARIO("Scenario");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }
}
