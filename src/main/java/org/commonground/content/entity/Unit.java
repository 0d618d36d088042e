package org.commonground.content.entity;

import java.util.List;

/** A unit's teaching text and its framing: objectives, case studies, summary, resources. */
public record Unit(String uuid, String title, int minutes, List<String> objectives, List<CaseStudy> cases,
        String summary, List<Resource> resources, String body) {

    public Unit {
        objectives = List.copyOf(objectives);
        cases = List.copyOf(cases);
        resources = List.copyOf(resources);
    }
}
