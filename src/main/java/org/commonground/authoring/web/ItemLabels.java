package org.commonground.authoring.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.authoring.boundary.Drafts;
import org.commonground.content.control.Problem;

/** What the screens call each file of a draft: "Unit 2, Booking interpreters: quiz", "About the module". */
final class ItemLabels {

    private static final ScreenWords WORDS = new ScreenWords();

    private ItemLabels() {
    }

    static Map<String, String> of(String modulePath, List<Drafts.UnitRow> units) {
        Map<String, String> labels = new HashMap<>();
        if (modulePath != null) {
            labels.put(modulePath, "About the module");
        }
        for (Drafts.UnitRow u : units) {
            String unit = "Unit " + (u.index() + 1) + ", " + u.title();
            put(labels, u.unitPath(), unit + ": text");
            put(labels, u.quizPath(), unit + ": quiz");
            put(labels, u.worksheetPath(), unit + ": worksheet");
        }
        return labels;
    }

    /** A problem of a draft in the screen's words: which part of the module, and what to fix. */
    static String describe(Map<String, String> labels, Problem problem) {
        return labels.getOrDefault(problem.file(), problem.file()) + ": " + WORDS.describe(problem);
    }

    private static void put(Map<String, String> labels, String path, String label) {
        if (path != null) {
            labels.put(path, label);
        }
    }
}
