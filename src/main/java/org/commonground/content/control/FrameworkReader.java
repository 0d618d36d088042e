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
        f.allow(Set.of("uuid", "title", "source", "stages", "core_path"));
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
                List<String> groups = staffGroups(a, training);
                int target = a.has("target") ? a.integer("target", 1, 100) : 80;
                activities.add(new Framework.Activity(ContentParser.Yamls.uuid(a), a.text("text"), training, modules,
                        groups, target));
            }
            stage.ifPresent(st -> stages.add(new Framework.StageActivities(st, s.text("description"), activities)));
        }
        if (stageFields.size() != 4) {
            f.problem("stages", "the framework has exactly four stages, not " + stageFields.size());
        }
        Optional<Framework.CorePath> corePath = f.mapping("core_path", false).map(FrameworkReader::corePath);
        Framework framework = new Framework(uuid, f.text("title"), f.text("source"), stages, corePath);
        return problems.size() == before ? Optional.of(framework) : Optional.empty();
    }

    private static Framework.CorePath corePath(Fields c) {
        c.allow(Set.of("title", "why", "staff_groups", "units"));
        List<String> units = c.texts("units", true);
        for (String unit : units) {
            if (!ContentParser.UUID.matcher(unit).matches()) {
                c.problem("units", "'" + unit + "' is not a uuid");
            }
        }
        return new Framework.CorePath(c.text("title"), c.text("why"), staffGroups(c, true), units);
    }

    private static List<String> staffGroups(Fields fields, boolean required) {
        List<String> groups = fields.texts("staff_groups", required);
        for (String group : groups) {
            if (!STAFF_GROUPS.contains(group)) {
                fields.problem("staff_groups", "'" + group + "' is not one of " + String.join(", ", new java.util.TreeSet<>(STAFF_GROUPS)));
            }
        }
        return groups;
    }
}
