package org.commonground.content.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonground.content.entity.Framework;
import org.commonground.content.entity.Stage;

/** Reads the skills-and-capacity framework: exactly the four stages, in order, with their activities. */
final class FrameworkReader {

    static final Set<String> STAFF_GROUPS = Set.of("frontline_practitioner", "engagement_practitioner",
            "support_staff", "manager", "board_member");

    Optional<Framework> read(String path, String text, List<Problem> problems) {
        int before = problems.size();
        Optional<Fields> root = ContentParser.Yamls.root(path, text, 0, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Fields f = root.get();
        f.allow(Set.of("uuid", "title", "source", "stages"));
        String uuid = ContentParser.Yamls.uuid(f);
        List<Framework.StageActivities> stages = new ArrayList<>();
        List<Fields> stageFields = f.list("stages", true);
        for (int i = 0; i < stageFields.size(); i++) {
            Fields s = stageFields.get(i);
            s.allow(Set.of("stage", "description", "activities"));
            Optional<Stage> stage = s.choice("stage", Stage.class);
            if (stage.isPresent() && stage.get().ordinal() != i) {
                s.problem("stage", "stages must be in order: Emerging, Developing, Maturing, Thriving");
            }
            List<Framework.Activity> activities = new ArrayList<>();
            for (Fields a : s.list("activities", true)) {
                a.allow(Set.of("uuid", "text", "evidence", "modules", "staff_groups", "target"));
                String evidence = a.text("evidence");
                boolean training = evidence.equals("training");
                if (!training && !evidence.equals("self_assessed") && !evidence.isEmpty()) {
                    a.problem("evidence", "'" + evidence + "' is not one of training, self_assessed");
                }
                List<String> modules = a.texts("modules", training);
                List<String> groups = a.texts("staff_groups", training);
                for (String group : groups) {
                    if (!STAFF_GROUPS.contains(group)) {
                        a.problem("staff_groups", "'" + group + "' is not one of " + String.join(", ", new java.util.TreeSet<>(STAFF_GROUPS)));
                    }
                }
                int target = a.has("target") ? a.integer("target", 1, 100) : 80;
                activities.add(new Framework.Activity(ContentParser.Yamls.uuid(a), a.text("text"), training, modules,
                        groups, target));
            }
            stage.ifPresent(st -> stages.add(new Framework.StageActivities(st, s.text("description"), activities)));
        }
        if (stageFields.size() != 4) {
            f.problem("stages", "the framework has exactly four stages, not " + stageFields.size());
        }
        Framework framework = new Framework(uuid, f.text("title"), f.text("source"), stages);
        return problems.size() == before ? Optional.of(framework) : Optional.empty();
    }
}
