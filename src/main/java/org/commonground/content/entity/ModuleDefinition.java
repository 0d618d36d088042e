package org.commonground.content.entity;

import java.util.List;
import java.util.Optional;

/** A whole module as written: its framing and its units in order. Immutable. */
public record ModuleDefinition(String uuid, String title, String summary, Stage stage, String stageReason,
        List<String> outcomes, List<Resource> resources, List<Review> reviews, List<ModuleChange> changes,
        List<ModuleUnit> units, List<FollowUpQuestion> followUp) {

    public ModuleDefinition {
        followUp = List.copyOf(followUp);
        outcomes = List.copyOf(outcomes);
        resources = List.copyOf(resources);
        reviews = List.copyOf(reviews);
        changes = List.copyOf(changes);
        units = List.copyOf(units);
    }

    public int minutes() {
        return units.stream().mapToInt(u -> u.unit().minutes()).sum();
    }

    public Optional<ModuleUnit> unit(String unitUuid) {
        return units.stream().filter(u -> u.unit().uuid().equals(unitUuid)).findFirst();
    }

    public int position(String unitUuid) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).unit().uuid().equals(unitUuid)) {
                return i;
            }
        }
        return -1;
    }
}
