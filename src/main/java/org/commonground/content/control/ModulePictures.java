package org.commonground.content.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.content.entity.Unit;

/**
 * The pictures of a module, as the parser meets them: those its units show, which must
 * be library pictures under {@code content/media/}, and those kept in the module's own
 * media folder. Each is checked by {@link Media}'s rules (type, size, clean SVG).
 */
final class ModulePictures {

    private final MarkdownRenderer markdown;

    ModulePictures(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /**
     * The pictures a unit shows (its teaching text, case studies and summary): each must
     * be one of the library's pictures. Returns their paths; reports any other.
     */
    Set<String> shownBy(Item<Unit> unit, Map<String, String> allFiles, List<Problem> problems) {
        Set<String> paths = new LinkedHashSet<>();
        Unit u = unit.value();
        List<String> texts = new ArrayList<>();
        texts.add(u.body());
        texts.add(u.summary());
        u.cases().forEach(c -> texts.add(c.body()));
        String source = allFiles.get(unit.path());
        for (String text : texts) {
            for (MarkdownRenderer.Picture picture : markdown.pictures(text)) {
                String destination = picture.destination();
                int line = lineOf(source, destination);
                if (!destination.startsWith(Media.LINK_PREFIX)) {
                    problems.add(new Problem(unit.path(), line, "picture", "the picture '" + destination
                            + "' is not one of the module's pictures: upload it on the module's Pictures page and"
                            + " name it as media/<folder>/<file>"));
                    continue;
                }
                String file = Media.FOLDER + destination.substring(Media.LINK_PREFIX.length());
                if (!Media.isMedia(file)) {
                    problems.add(new Problem(unit.path(), line, "picture", "the picture '" + destination
                            + "' is not an SVG, PNG, JPEG or WebP file"));
                } else if (!allFiles.containsKey(file)) {
                    problems.add(new Problem(unit.path(), line, "picture", "there is no picture '" + destination
                            + "': upload it on the module's Pictures page, or correct the name"));
                } else {
                    paths.add(file);
                }
            }
        }
        return paths;
    }

    /** The pictures in the media folder named like the module's folder. */
    static Set<String> inFolder(String folder, Map<String, String> allFiles) {
        Set<String> paths = new LinkedHashSet<>();
        for (String file : allFiles.keySet()) {
            if (file.startsWith(Media.FOLDER + folder + "/") && Media.isMedia(file)) {
                paths.add(file);
            }
        }
        return paths;
    }

    /** Reports every picture among the files that breaks {@link Media}'s rules. */
    static void check(Set<String> files, Map<String, String> allFiles, List<Problem> problems) {
        for (String file : files) {
            if (Media.isMedia(file)) {
                Media.problems(file, allFiles.get(file), Media.HARD_LIMIT_KB)
                        .forEach(message -> problems.add(new Problem(file, 1, "", message)));
            }
        }
    }

    private static int lineOf(String source, String needle) {
        int at = source == null ? -1 : source.indexOf("(" + needle);
        return at < 0 ? 1 : (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
