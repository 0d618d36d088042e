package org.commonground.authoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.commonground.authoring.control.Skeletons;
import org.commonground.authoring.entity.DraftFile;
import org.commonground.authoring.entity.DraftStatus;
import org.commonground.authoring.entity.ModuleDraft;
import org.commonground.content.boundary.Modules;
import org.commonground.content.control.ContentParser;
import org.commonground.content.control.Library;
import org.commonground.content.control.ModuleFile;
import org.commonground.content.control.ParsedModule;
import org.commonground.content.control.Problem;
import org.commonground.content.entity.LearningModule;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.content.entity.Stage;
import org.commonground.identity.boundary.Caller;
import org.commonground.identity.entity.Account;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;

/**
 * Drafts of modules, written in the browser in the file format. Every save is
 * checked by the same parser that loads the repository's files and refused with
 * its problems; a save from a stale copy of a file is refused with who changed it
 * and when. Publishing parses the whole draft and makes it the next version.
 */
@ApplicationScoped
public class Drafts {

    static final List<DraftStatus> OPEN = List.of(DraftStatus.DRAFT, DraftStatus.IN_REVIEW);

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Modules modules;

    @Inject
    ContentParser parser;

    @Inject
    Authors authors;

    @Inject
    Clock clock;

    /** A draft with its files (path to file) and the module.yaml as written. */
    public record Opened(ModuleDraft draft, Map<String, DraftFile> files, ModuleFile module, String modulePath) {

        public String text(String path) {
            DraftFile file = files.get(path);
            if (file == null) {
                throw new NotFoundException("authoring.item.notFound");
            }
            return file.getContent();
        }

        /** What the draft's files are now: a sign-off approves exactly this. */
        public String fingerprint() {
            return org.commonground.content.control.Fingerprint.of(new TreeMap<>(texts()));
        }

        public Map<String, String> texts() {
            Map<String, String> texts = new TreeMap<>();
            files.forEach((path, file) -> texts.put(path, file.getContent()));
            return texts;
        }

        /** The path of the file that declares an item's uuid (at the top level), if any. */
        public Optional<String> pathOf(String uuid) {
            if (uuid == null) {
                return Optional.empty();
            }
            java.util.regex.Pattern declared = java.util.regex.Pattern.compile("(?m)^uuid:\\s*['\"]?" + java.util.regex.Pattern.quote(uuid));
            return files.values().stream().filter(f -> !f.getPath().startsWith("modules/"))
                    .filter(f -> declared.matcher(f.getContent()).find()).map(DraftFile::getPath).findFirst();
        }
    }

    public Optional<ModuleDraft> openDraft(String moduleUuid) {
        return em.createNamedQuery(ModuleDraft.OPEN_FOR_MODULE, ModuleDraft.class).setParameter("uuid", moduleUuid)
                .setParameter("open", OPEN).getResultStream().findFirst();
    }

    /** Every open draft, for the content list. */
    public List<ModuleDraft> openDrafts() {
        return em.createNamedQuery(ModuleDraft.OPEN, ModuleDraft.class).setParameter("open", OPEN).getResultList();
    }

    /** The open draft of a module, for a trainer. */
    public Opened get(String moduleUuid) {
        return find(moduleUuid).orElseThrow(() -> new NotFoundException("authoring.draft.notFound"));
    }

    /** The open draft of a module with its files, for one of its trainers or an administrator, if there is one. */
    public Optional<Opened> find(String moduleUuid) {
        caller.requireTrainer();
        Optional<ModuleDraft> draft = openDraft(moduleUuid);
        draft.ifPresent(d -> authors.requireTrainerOf(moduleUuid));
        return draft.map(this::opened);
    }

    Opened opened(ModuleDraft draft) {
        Map<String, DraftFile> files = new LinkedHashMap<>();
        em.createNamedQuery(DraftFile.OF_DRAFT, DraftFile.class).setParameter("draft", draft).getResultList()
                .forEach(f -> files.put(f.getPath(), f));
        String modulePath = files.keySet().stream().filter(p -> p.startsWith("modules/") && p.endsWith("/module.yaml"))
                .findFirst().orElseThrow(() -> new IllegalStateException("draft " + draft.getId() + " has no module.yaml"));
        ModuleFile module = ModuleFile.read(files.get(modulePath).getContent())
                .orElse(new ModuleFile(draft.getModule().getUuid(), "", "", "", "", List.of(), List.of(), List.of(), List.of()));
        return new Opened(draft, files, module, modulePath);
    }

    /** Starts editing a module: its open draft, or a new one copied from the published version. */
    @Transactional
    public ModuleDraft edit(String moduleUuid) {
        caller.requireTrainer();
        // A module already has trainers: only they (and administrators) edit it. One read from the library has none yet.
        if (authors.hasTrainers(moduleUuid)) {
            authors.requireTrainerOf(moduleUuid);
        }
        Optional<ModuleDraft> open = openDraft(moduleUuid);
        if (open.isPresent()) {
            return open.get();
        }
        LearningModule module = modules.get(moduleUuid);
        ModuleVersion current = module.currentVersion().flatMap(n -> modules.version(moduleUuid, n))
                .orElseThrow(() -> new NotFoundException("authoring.draft.notFound"));
        return start(module, current.getNumber(), current.files());
    }

    /** A new module with one unit, as a draft. */
    @Transactional
    public ModuleDraft create(String title, Stage stage) {
        caller.requireTrainer();
        if (title == null || title.isBlank() || title.length() > 200) {
            throw BusinessException.onField("title", "authoring.module.title");
        }
        if (stage == null) {
            throw BusinessException.onField("stage", "authoring.module.stage");
        }
        String folder = Skeletons.slug(title);
        for (int n = 2; modules.folderTaken(folder); n++) {
            folder = Skeletons.slug(title) + "-" + n;
        }
        String uuid = Skeletons.uuid();
        LearningModule module = modules.create(uuid, folder);
        Map<String, String> files = new TreeMap<>();
        String unitPath = Skeletons.path("units", folder, "first unit", files);
        String unit = Skeletons.unit("First unit");
        files.put(unitPath, unit);
        String unitUuid = topUuid(unit);
        ModuleFile moduleFile = ModuleFile.read(Skeletons.module(uuid, title.strip(), stage.name())).orElseThrow()
                .withUnits(List.of(new ModuleFile.UnitRef(unitUuid, null, null, "read")));
        files.put("modules/" + folder + "/module.yaml", moduleFile.write());
        return start(module, null, files);
    }

    ModuleDraft start(LearningModule module, Integer basedOn, Map<String, String> files) {
        long me = caller.id();
        ModuleDraft draft = new ModuleDraft(module, basedOn, me, clock.instant());
        em.persist(draft);
        files.forEach((path, text) -> em.persist(new DraftFile(draft, path, text, me, clock.instant())));
        authors.record(module.getUuid(), me);
        return draft;
    }

    /**
     * Saves one item's file. Refused, with nothing saved, when the file was changed by
     * someone else since {@code expectedVersion}, or when the parser finds a problem in it.
     */
    @Transactional
    public DraftFile saveItem(String moduleUuid, String path, long expectedVersion, String text) {
        Opened opened = get(moduleUuid);
        DraftFile file = current(opened, path, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        parser.item(path, text, problems);
        if (!problems.isEmpty()) {
            throw new InvalidContent(problems);
        }
        return write(opened.draft(), file, text);
    }

    /** Saves the module.yaml; its own problems refuse the save, problems in items are for publishing. */
    @Transactional
    public DraftFile saveModule(String moduleUuid, long expectedVersion, ModuleFile module) {
        Opened opened = get(moduleUuid);
        DraftFile file = current(opened, opened.modulePath(), expectedVersion);
        if (!module.uuid().equals(opened.draft().getModule().getUuid())) {
            throw new BusinessException("authoring.module.uuid");
        }
        String text = module.write();
        Map<String, String> texts = opened.texts();
        texts.put(opened.modulePath(), text);
        List<Problem> problems = parser.parse(texts).problems().stream()
                .filter(p -> p.file().equals(opened.modulePath())).toList();
        if (!problems.isEmpty()) {
            throw new InvalidContent(problems);
        }
        return write(opened.draft(), file, text);
    }

    /** Adds a unit (with a quiz and a worksheet if asked) at the end of the module. */
    @Transactional
    public String addUnit(String moduleUuid, long moduleFileVersion, String title, boolean quiz, boolean worksheet) {
        Opened opened = get(moduleUuid);
        if (title == null || title.isBlank() || title.length() > 200) {
            throw BusinessException.onField("unitTitle", "authoring.unit.title");
        }
        DraftFile moduleFile = current(opened, opened.modulePath(), moduleFileVersion);
        String folder = opened.draft().getModule().getFolder();
        Map<String, String> texts = opened.texts();
        String unitPath = Skeletons.path("units", folder, title, texts);
        String unitText = Skeletons.unit(title.strip());
        add(opened.draft(), unitPath, unitText);
        String quizUuid = null;
        String worksheetUuid = null;
        if (quiz) {
            String text = Skeletons.quiz(title.strip());
            add(opened.draft(), Skeletons.path("quizzes", folder, title, texts), text);
            quizUuid = topUuid(text);
        }
        if (worksheet) {
            String text = Skeletons.worksheet(title.strip());
            add(opened.draft(), Skeletons.path("worksheets", folder, title, texts), text);
            worksheetUuid = topUuid(text);
        }
        List<ModuleFile.UnitRef> units = new ArrayList<>(opened.module().units());
        units.add(new ModuleFile.UnitRef(topUuid(unitText), quizUuid, worksheetUuid, quiz ? "quiz_passed" : "read"));
        write(opened.draft(), moduleFile, opened.module().withUnits(units).write());
        return unitPath;
    }

    /** Moves the unit at {@code index} one place up ({@code -1}) or down ({@code 1}). */
    @Transactional
    public void moveUnit(String moduleUuid, long moduleFileVersion, int index, int delta) {
        Opened opened = get(moduleUuid);
        DraftFile moduleFile = current(opened, opened.modulePath(), moduleFileVersion);
        List<ModuleFile.UnitRef> units = new ArrayList<>(opened.module().units());
        int target = index + delta;
        if (index < 0 || index >= units.size() || target < 0 || target >= units.size()) {
            throw new BusinessException("authoring.unit.cannotMove");
        }
        units.add(target, units.remove(index));
        write(opened.draft(), moduleFile, opened.module().withUnits(units).write());
    }

    /** Takes a unit out of the module, with its quiz and worksheet files. Learners' records keep their uuids. */
    @Transactional
    public void removeUnit(String moduleUuid, long moduleFileVersion, int index) {
        Opened opened = get(moduleUuid);
        DraftFile moduleFile = current(opened, opened.modulePath(), moduleFileVersion);
        List<ModuleFile.UnitRef> units = new ArrayList<>(opened.module().units());
        if (index < 0 || index >= units.size() || units.size() == 1) {
            throw new BusinessException("authoring.unit.cannotRemove");
        }
        ModuleFile.UnitRef removed = units.remove(index);
        for (String uuid : new String[] {removed.unit(), removed.quiz(), removed.worksheet()}) {
            opened.pathOf(uuid).map(opened.files()::get).ifPresent(em::remove);
        }
        write(opened.draft(), moduleFile, opened.module().withUnits(units).write());
    }

    /** A unit of a draft as the module page lists it: its title and the files of its items. */
    public record UnitRow(int index, String title, String unitPath, String quizPath, String worksheetPath,
            String completeWhen) {
    }

    public List<UnitRow> outline(Opened opened) {
        List<UnitRow> rows = new ArrayList<>();
        List<ModuleFile.UnitRef> units = opened.module().units();
        for (int i = 0; i < units.size(); i++) {
            ModuleFile.UnitRef ref = units.get(i);
            String unitPath = opened.pathOf(ref.unit()).orElse(null);
            String title = unitPath == null ? "(missing unit " + ref.unit() + ")"
                    : parser.item(unitPath, opened.text(unitPath), new ArrayList<>())
                            .map(u -> ((org.commonground.content.entity.Unit) u).title()).orElse(unitPath);
            rows.add(new UnitRow(i, title, unitPath, opened.pathOf(ref.quiz()).orElse(null),
                    opened.pathOf(ref.worksheet()).orElse(null), ref.completeWhen()));
        }
        return rows;
    }

    /** The draft read as learners would get it, when it parses; otherwise empty (see {@link #problems}). */
    public Optional<org.commonground.content.entity.ModuleDefinition> definition(Opened opened) {
        return parser.parse(opened.texts()).modules().stream().map(ParsedModule::definition)
                .filter(d -> d.uuid().equals(opened.draft().getModule().getUuid())).findFirst();
    }

    /** Problems the parser finds in the whole draft: what stands between it and publishing. */
    public List<Problem> problems(Opened opened) {
        return parser.parse(opened.texts()).problems();
    }

    /**
     * Publishes the draft as the module's next version. Its module.yaml carries the
     * sign-offs given for the draft exactly as it is published, and no others: not
     * those given for an earlier state of the draft, nor those of earlier versions.
     */
    @Transactional
    public ModuleVersion publish(String moduleUuid, boolean material) {
        Opened opened = get(moduleUuid);
        Map<String, String> texts = opened.texts();
        if (ModuleFile.read(texts.get(opened.modulePath())).isPresent()) {
            texts.put(opened.modulePath(), opened.module().withReviews(signOffs(opened.draft(), opened.fingerprint())).write());
        }
        Library library = parser.parse(texts);
        if (!library.problems().isEmpty()) {
            throw new InvalidContent(library.problems());
        }
        ParsedModule parsed = library.modules().stream().filter(m -> m.definition().uuid().equals(moduleUuid))
                .findFirst().orElseThrow(() -> new BusinessException("authoring.module.uuid"));
        long me = caller.id();
        ModuleVersion version = modules.publishFromBrowser(opened.draft().getModule(), parsed, material, me);
        opened.draft().published(version.getNumber(), me, clock.instant());
        authors.record(moduleUuid, me);
        return version;
    }

    /** The sign-offs given for the draft when its files had {@code fingerprint}, in the order they were given. */
    List<org.commonground.content.entity.Review> signOffs(ModuleDraft draft, String fingerprint) {
        return em.createQuery("select r, a.displayName from ReviewRequest r, Account a where r.reviewerId = a.id"
                + " and r.draft = :d and r.signedFingerprint = :fp order by r.signedOffAt, r.id", Object[].class)
                .setParameter("d", draft).setParameter("fp", fingerprint).getResultStream().map(row -> {
                    org.commonground.authoring.entity.ReviewRequest r = (org.commonground.authoring.entity.ReviewRequest) row[0];
                    return new org.commonground.content.entity.Review((String) row[1], r.getSignedRole(), r.getSignedOn(),
                            r.getSignedNote());
                }).toList();
    }

    /** Drops the draft; the published version is untouched. */
    @Transactional
    public void discard(String moduleUuid) {
        Opened opened = get(moduleUuid);
        opened.draft().discarded(caller.id(), clock.instant());
    }

    /** The file as the caller saw it, or a conflict naming who changed it since and when. */
    private DraftFile current(Opened opened, String path, long expectedVersion) {
        DraftFile file = opened.files().get(path);
        if (file == null) {
            throw new NotFoundException("authoring.item.notFound");
        }
        requireVersion(em, file, expectedVersion);
        return file;
    }

    /** Refuses a change made from an older copy of a file, naming who saved it since and when. */
    static void requireVersion(EntityManager em, DraftFile file, long expectedVersion) {
        if (file.getVersion() != expectedVersion) {
            Account by = em.find(Account.class, file.getUpdatedBy());
            throw new EditConflict(by == null ? "someone" : by.getDisplayName(), file.getUpdatedAt());
        }
    }

    private DraftFile write(ModuleDraft draft, DraftFile file, String text) {
        long me = caller.id();
        file.rewrite(text, me, clock.instant());
        draft.edited(me, clock.instant());
        authors.record(draft.getModule().getUuid(), me);
        em.flush();
        return file;
    }

    private void add(ModuleDraft draft, String path, String text) {
        em.persist(new DraftFile(draft, path, text, caller.id(), clock.instant()));
    }

    static String topUuid(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^uuid:\\s*['\"]?([0-9a-f-]{36})").matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no uuid in a new item");
        }
        return m.group(1);
    }
}
