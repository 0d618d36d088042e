package org.commonground.content.entity;

import java.util.List;
import java.util.Optional;

/** The skills-and-capacity framework: the four stages and the activities at each. */
public record Framework(String uuid, String title, String source, List<StageActivities> stages,
        Optional<CorePath> corePath) {

    public Framework {
        stages = List.copyOf(stages);
    }

    /**
     * The essentials a trust can assign first: a short path of units (60 to 90
     * minutes in all) for the staff groups named, taken from the modules.
     */
    public record CorePath(String title, String why, List<String> staffGroups, List<String> units) {
        public CorePath {
            staffGroups = List.copyOf(staffGroups);
            units = List.copyOf(units);
        }
    }

    public record StageActivities(Stage stage, String description, List<Activity> activities) {
        public StageActivities {
            activities = List.copyOf(activities);
        }
    }

    /** An activity, evidenced from training completion or assessed by a manager. */
    public record Activity(String uuid, String text, boolean byTraining, List<String> modules, List<String> staffGroups,
            int target) {
        public Activity {
            modules = List.copyOf(modules);
            staffGroups = List.copyOf(staffGroups);
        }
    }
}
