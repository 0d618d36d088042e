package org.commonground.content.entity;

import java.util.List;
import java.util.Optional;

/** Reflective prompts, tables and checklists about the learner's own service. */
public record Worksheet(String uuid, String title, String intro, List<WorksheetPart> parts) {

    public Worksheet {
        parts = List.copyOf(parts);
    }

    public Optional<WorksheetPart> part(String partUuid) {
        return parts.stream().filter(p -> p.uuid().equals(partUuid)).findFirst();
    }
}
