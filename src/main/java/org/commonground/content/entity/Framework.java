package org.commonground.content.entity;

import java.util.List;

/** The skills-and-capacity framework: the four stages and the activities at each. */
public record Framework(String uuid, String title, String source, List<StageActivities> stages) {

    public Framework {
        stages = List.copyOf(stages);
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
