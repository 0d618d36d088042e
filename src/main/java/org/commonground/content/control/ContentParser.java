package org.commonground.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.commonground.content.entity.CompletionRule;
import org.commonground.content.entity.Framework;
import org.commonground.content.entity.ModuleDefinition;
import org.commonground.content.entity.ModuleUnit;
import org.commonground.content.entity.Quiz;
import org.commonground.content.entity.Unit;
import org.commonground.content.entity.Worksheet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a content library from its files (path to text): units, quizzes and
 * worksheets under {@code content/}, the framework, and the modules under
 * {@code modules/} that compose them. Validates as it reads; never throws for bad
 * content, it reports.
 */
@ApplicationScoped
public class ContentParser {

    static final Pattern UUID = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    public static final String FRAMEWORK_PATH = "content/frameworks/skills-and-capacity.yaml";

    @Inject
    MarkdownRenderer markdown;

    private final ItemReader items;

    private final ModulePictures pictures;

    public ContentParser() {
        this(new MarkdownRenderer());
    }

    ContentParser(MarkdownRenderer markdown) {
        this.markdown = markdown;
        this.items = new ItemReader(markdown);
        this.pictures = new ModulePictures(markdown);
    }

    /** Parses every file of a library. Paths are relative to the library's root, with forward slashes. */
    public Library parse(Map<String, String> files) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Item<?>> byUuid = new HashMap<>();
        Map<String, String> firstSeen = new HashMap<>();

        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            String path = file.getKey();
            Optional<Item<?>> item = readItem(path, file.getValue(), problems);
            item.ifPresent(it -> {
                for (Map.Entry<String, Integer> id : it.uuids().entrySet()) {
                    String previous = firstSeen.putIfAbsent(id.getKey(), path);
                    if (previous != null) {
                        problems.add(new Problem(path, id.getValue(), "uuid",
                                "uuid " + id.getKey() + " is already used in " + previous));
                    }
                }
                byUuid.putIfAbsent(it.uuid(), it);
            });
        }

        Optional<Framework> framework = Optional.empty();
        if (files.containsKey(FRAMEWORK_PATH)) {
            framework = new FrameworkReader().read(FRAMEWORK_PATH, files.get(FRAMEWORK_PATH), problems);
        }

        List<ParsedModule> valid = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (String path : new TreeMap<>(files).keySet()) {
            if (!isModuleFile(path)) {
                continue;
            }
            String folder = path.substring("modules/".length(), path.length() - "/module.yaml".length());
            Optional<ModuleAssembly> assembly = readModule(path, files, byUuid, problems);
            Set<String> used = assembly.map(ModuleAssembly::files).orElse(Set.of(path));
            // A module is broken when any file it is made of has a problem (or a uuid another file also uses).
            boolean clean = assembly.isPresent() && problems.stream().noneMatch(p -> used.contains(p.file()));
            if (clean) {
                SortedMap<String, String> moduleFiles = new TreeMap<>();
                used.forEach(f -> moduleFiles.put(f, files.get(f)));
                valid.add(new ParsedModule(folder, assembly.get().definition(), moduleFiles, Fingerprint.of(moduleFiles)));
            } else {
                broken.add(folder);
            }
        }
        framework.ifPresent(fw -> checkFrameworkModules(fw, files, problems));
        framework.flatMap(Framework::corePath).ifPresent(path -> checkCorePath(path, byUuid, problems));
        return new Library(valid, framework, problems, broken);
    }

    /** Every module a training activity names must exist among the module files. */
    private static void checkFrameworkModules(Framework framework, Map<String, String> files, List<Problem> problems) {
        Set<String> moduleUuids = new HashSet<>();
        for (String path : files.keySet()) {
            if (isModuleFile(path)) {
                java.util.regex.Matcher m = Pattern.compile("(?m)^uuid:\\s*([0-9a-fA-F-]{36})").matcher(files.get(path));
                if (m.find()) {
                    moduleUuids.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        for (Framework.StageActivities stage : framework.stages()) {
            for (Framework.Activity activity : stage.activities()) {
                for (String module : activity.modules()) {
                    if (!moduleUuids.contains(module.toLowerCase(java.util.Locale.ROOT))) {
                        problems.add(new Problem(FRAMEWORK_PATH, 1, "activities." + activity.uuid() + ".modules",
                                "no module with uuid " + module + " in modules/"));
                    }
                }
            }
        }
    }

    static final int CORE_PATH_MIN_MINUTES = 60;
    static final int CORE_PATH_MAX_MINUTES = 90;

    /** The core path names units that exist, once each, and takes 60 to 90 minutes to read. */
    private static void checkCorePath(Framework.CorePath path, Map<String, Item<?>> byUuid, List<Problem> problems) {
        int minutes = 0;
        Set<String> seen = new HashSet<>();
        for (String uuid : path.units()) {
            Item<?> item = byUuid.get(uuid.toLowerCase(java.util.Locale.ROOT));
            if (!(item != null && item.value() instanceof Unit unit)) {
                problems.add(new Problem(FRAMEWORK_PATH, 1, "core_path.units", "no unit with uuid " + uuid + " in content/units"));
            } else if (!seen.add(unit.uuid())) {
                problems.add(new Problem(FRAMEWORK_PATH, 1, "core_path.units", "unit " + uuid + " is named twice"));
            } else {
                minutes += unit.minutes();
            }
        }
        if (minutes < CORE_PATH_MIN_MINUTES || minutes > CORE_PATH_MAX_MINUTES) {
            problems.add(new Problem(FRAMEWORK_PATH, 1, "core_path.units", "the core path's units take " + minutes
                    + " minutes; it must take " + CORE_PATH_MIN_MINUTES + " to " + CORE_PATH_MAX_MINUTES));
        }
    }

    static boolean isModuleFile(String path) {
        return path.startsWith("modules/") && path.endsWith("/module.yaml") && path.chars().filter(c -> c == '/').count() == 2;
    }

    /** One unit, quiz or worksheet read on its own (what it is depends on its path); problems are added to the list. */
    public Optional<Object> item(String path, String text, List<Problem> problems) {
        return readItem(path, text, problems).map(Item::value);
    }

    private Optional<Item<?>> readItem(String path, String text, List<Problem> problems) {
        if (path.startsWith("content/units/") && path.endsWith(".md")) {
            return items.unit(path, text, problems).map(u -> u);
        }
        if (path.startsWith("content/quizzes/") && isYaml(path)) {
            return items.quiz(path, text, problems).map(q -> q);
        }
        if (path.startsWith("content/worksheets/") && isYaml(path)) {
            return items.worksheet(path, text, problems).map(w -> w);
        }
        return Optional.empty();
    }

    private static boolean isYaml(String path) {
        return path.endsWith(".yaml") || path.endsWith(".yml");
    }

    private record ModuleAssembly(ModuleDefinition definition, Set<String> files) {
    }

    private Optional<ModuleAssembly> readModule(String path, Map<String, String> allFiles, Map<String, Item<?>> byUuid,
            List<Problem> problems) {
        String text = allFiles.get(path);
        Optional<Fields> root = Yamls.root(path, text, 0, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Fields m = root.get();
        m.allow(Set.of("uuid", "title", "summary", "stage", "stage_reason", "outcomes", "resources", "reviews", "changes",
                "units", "follow_up"));
        String uuid = Yamls.uuid(m);
        Set<String> files = new java.util.LinkedHashSet<>();
        files.add(path);
        List<ModuleUnit> units = new ArrayList<>();
        Set<String> unitsSeen = new HashSet<>();
        for (Fields entry : m.list("units", true)) {
            entry.allow(Set.of("unit", "quiz", "worksheet", "complete_when"));
            Optional<Item<Unit>> unit = reference(entry, "unit", Unit.class, byUuid, true);
            Optional<Item<Quiz>> quiz = reference(entry, "quiz", Quiz.class, byUuid, false);
            Optional<Item<Worksheet>> worksheet = reference(entry, "worksheet", Worksheet.class, byUuid, false);
            Optional<CompletionRule> rule = entry.choice("complete_when", CompletionRule.class);
            rule.ifPresent(r -> {
                if (r == CompletionRule.QUIZ_PASSED && !entry.has("quiz")) {
                    entry.problem("complete_when", "quiz_passed needs a quiz for this unit");
                }
                if (r == CompletionRule.WORKSHEET_SUBMITTED && !entry.has("worksheet")) {
                    entry.problem("complete_when", "worksheet_submitted needs a worksheet for this unit");
                }
            });
            unit.ifPresent(u -> {
                if (!unitsSeen.add(u.uuid())) {
                    entry.problem("unit", "this unit is already in the module");
                }
            });
            unit.ifPresent(u -> files.add(u.path()));
            unit.ifPresent(u -> files.addAll(pictures.shownBy(u, allFiles, problems)));
            quiz.ifPresent(q -> files.add(q.path()));
            worksheet.ifPresent(w -> files.add(w.path()));
            if (unit.isPresent() && rule.isPresent()) {
                units.add(new ModuleUnit(unit.get().value(), quiz.map(Item::value), worksheet.map(Item::value), rule.get()));
            }
        }
        String folder = path.substring("modules/".length(), path.length() - "/module.yaml".length());
        files.addAll(ModulePictures.inFolder(folder, allFiles));
        ModulePictures.check(files, allFiles, problems);
        ModuleDefinition definition = new ModuleDefinition(uuid, m.text("title"), m.text("summary"),
                m.choice("stage", org.commonground.content.entity.Stage.class).orElse(null), m.text("stage_reason"),
                m.texts("outcomes", true), Yamls.resources(m), Yamls.reviews(m), Yamls.changes(m), units,
                Yamls.followUp(m));
        for (ModuleUnit unit : units) {
            unit.quiz().filter(q -> q.rules().drawTag() != null && q.rules().draw() != null).ifPresent(q -> {
                int pool = definition.pooled(q).questions().stream().filter(p -> p.tags().contains(q.rules().drawTag()))
                        .mapToInt(p -> 1).sum();
                if (pool < q.rules().draw()) {
                    m.problem("units", "the quiz '" + q.title() + "' draws " + q.rules().draw() + " questions tagged '"
                            + q.rules().drawTag() + "', and the module's quizzes have " + pool);
                }
            });
        }
        return Optional.of(new ModuleAssembly(definition, files));
    }

    private static <T> Optional<Item<T>> reference(Fields entry, String key, Class<T> type, Map<String, Item<?>> byUuid,
            boolean required) {
        Optional<String> ref = entry.optionalText(key);
        if (ref.isEmpty()) {
            if (required) {
                entry.text(key);
            }
            return Optional.empty();
        }
        Item<?> item = byUuid.get(ref.get());
        if (item == null) {
            entry.problem(key, "no " + key + " with uuid " + ref.get() + " in content/");
            return Optional.empty();
        }
        if (!type.isInstance(item.value())) {
            entry.problem(key, "uuid " + ref.get() + " is not a " + key + " (it is " + item.path() + ")");
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Item<T> typed = (Item<T>) item;
        return Optional.of(typed);
    }

    /** Parses a YAML document into line-aware fields. */
    static final class Yamls {

        private Yamls() {
        }

        static Optional<Fields> root(String path, String text, int lineOffset, List<Problem> problems) {
            try {
                Node node = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
                if (node == null) {
                    problems.add(new Problem(path, 1 + lineOffset, "", "the file is empty"));
                    return Optional.empty();
                }
                return Optional.of(new Fields(path, "", node, lineOffset, problems));
            } catch (MarkedYAMLException e) {
                int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
                problems.add(new Problem(path, line + lineOffset, "", "not valid YAML: " + e.getProblem()));
                return Optional.empty();
            } catch (RuntimeException e) {
                problems.add(new Problem(path, 1 + lineOffset, "", "not valid YAML: " + e.getMessage()));
                return Optional.empty();
            }
        }

        static String uuid(Fields fields) {
            String uuid = fields.text("uuid");
            if (!uuid.isEmpty() && !UUID.matcher(uuid).matches()) {
                fields.problem("uuid", "'" + uuid + "' is not a uuid (make one with uuidgen)");
            }
            return uuid.toLowerCase(java.util.Locale.ROOT);
        }

        static List<org.commonground.content.entity.Resource> resources(Fields fields) {
            List<org.commonground.content.entity.Resource> resources = new ArrayList<>();
            for (Fields r : fields.list("resources", false)) {
                r.allow(Set.of("title", "publisher", "url"));
                String url = r.optionalText("url").orElse("");
                if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
                    r.problem("url", "must start with https://");
                }
                resources.add(new org.commonground.content.entity.Resource(r.text("title"),
                        r.optionalText("publisher").orElse(""), url));
            }
            return resources;
        }

        /** What changed in the module and when: {@code changes: [{date, note}]}, newest first. */
        static List<org.commonground.content.entity.ModuleChange> changes(Fields fields) {
            List<org.commonground.content.entity.ModuleChange> changes = new ArrayList<>();
            for (Fields c : fields.list("changes", false)) {
                c.allow(Set.of("date", "note"));
                changes.add(new org.commonground.content.entity.ModuleChange(date(c), c.text("note")));
            }
            return changes;
        }

        private static java.time.LocalDate date(Fields fields) {
            String raw = fields.text("date");
            try {
                return java.time.LocalDate.parse(raw);
            } catch (java.time.format.DateTimeParseException e) {
                if (!raw.isEmpty()) {
                    fields.problem("date", "expected a date like 2026-03-31, not '" + raw + "'");
                }
                return null;
            }
        }

        static final int FOLLOW_UP_MAX = 2;
        static final int FOLLOW_UP_MIN_LENGTH = 20;
        static final int FOLLOW_UP_MAX_LENGTH = 300;

        /**
         * The practice follow-up: one or two questions, {@code follow_up: [{uuid, text}]}, asked 30 and 90 days
         * after completion. Each is a question (ends with "?"), short, with its own uuid.
         */
        static List<org.commonground.content.entity.FollowUpQuestion> followUp(Fields fields) {
            List<org.commonground.content.entity.FollowUpQuestion> questions = new ArrayList<>();
            if (!fields.has("follow_up")) {
                return questions;
            }
            List<Fields> entries = fields.list("follow_up", true);
            if (entries.size() > FOLLOW_UP_MAX) {
                fields.problem("follow_up", "ask one or two follow-up questions, not " + entries.size());
            }
            Set<String> seen = new HashSet<>();
            for (Fields q : entries) {
                q.allow(Set.of("uuid", "text"));
                String uuid = uuid(q);
                if (!uuid.isEmpty() && !seen.add(uuid)) {
                    q.problem("uuid", "uuid " + uuid + " is already used by another follow-up question");
                }
                String text = q.text("text").strip();
                if (!text.isEmpty() && (text.length() < FOLLOW_UP_MIN_LENGTH || text.length() > FOLLOW_UP_MAX_LENGTH)) {
                    q.problem("text", "a follow-up question takes " + FOLLOW_UP_MIN_LENGTH + " to " + FOLLOW_UP_MAX_LENGTH
                            + " characters, not " + text.length());
                }
                if (!text.isEmpty() && !text.endsWith("?")) {
                    q.problem("text", "a follow-up question ends with a question mark");
                }
                questions.add(new org.commonground.content.entity.FollowUpQuestion(uuid, text));
            }
            return questions;
        }

        static List<org.commonground.content.entity.Review> reviews(Fields fields) {
            List<org.commonground.content.entity.Review> reviews = new ArrayList<>();
            for (Fields r : fields.list("reviews", false)) {
                r.allow(Set.of("name", "role", "date", "note"));
                reviews.add(new org.commonground.content.entity.Review(r.text("name"), r.text("role"), date(r),
                        r.optionalText("note").orElse("")));
            }
            return reviews;
        }
    }
}
