package org.commonground.authoring.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed in one file's text, line by line, for a reader: the lines taken out
 * and put in, with a little unchanged text around them and a gap where more
 * unchanged text is left out. The diffing itself is java-diff-utils'.
 */
public final class TextDiff {

    /** How a line of the result relates to the two texts. */
    public enum Kind { SAME, ADDED, REMOVED, GAP }

    public record Line(Kind kind, String text) implements java.io.Serializable {
    }

    /** The changes from {@code before} to {@code after}, with this many unchanged lines around each. */
    public static List<Line> of(String before, String after, int context) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Line> result = new ArrayList<>();
        if (patch.getDeltas().isEmpty()) {
            return result;
        }
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("before", "after", a, patch, context);
        for (String line : unified.subList(2, unified.size())) {
            if (line.startsWith("@@")) {
                result.add(new Line(Kind.GAP, ""));
            } else if (line.startsWith("+")) {
                result.add(new Line(Kind.ADDED, line.substring(1)));
            } else if (line.startsWith("-")) {
                result.add(new Line(Kind.REMOVED, line.substring(1)));
            } else {
                result.add(new Line(Kind.SAME, line.isEmpty() ? "" : line.substring(1)));
            }
        }
        return result;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.replace("\r\n", "\n").split("\n", -1));
    }

    private TextDiff() {
    }
}
