package org.commonground.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.commonground.content.control.ContentParser;
import org.commonground.content.control.Library;
import org.commonground.content.control.Media;
import org.commonground.content.control.ParsedModule;
import org.commonground.content.entity.LearningModule;
import org.commonground.content.entity.ModuleDefinition;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.content.entity.VersionSource;
import org.commonground.platform.boundary.NotFoundException;

/**
 * The live modules and their versions. Versions are immutable once published, so
 * their parsed definitions are cached by version id on every node without any
 * need to agree with other nodes.
 */
@ApplicationScoped
public class Modules {

    private static final Logger LOG = Logger.getLogger(Modules.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentParser parser;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<MaterialChangePublished> materialChanges;

    private final Map<Long, ModuleDefinition> definitions = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, String>> pictures = new ConcurrentHashMap<>();
    private final Map<String, byte[]> servedPictures = new ConcurrentHashMap<>();
    private static final int PICTURE_CACHE_LIMIT = 200;

    /** Imports one module read from files (see {@link ImportOutcome}); {@code force} overrides browser edits. */
    @Transactional
    public ImportOutcome importFromFiles(ParsedModule parsed, boolean force) {
        String uuid = parsed.definition().uuid();
        Optional<LearningModule> existing = find(uuid);
        if (existing.isEmpty()) {
            LearningModule module = new LearningModule(uuid, parsed.folder(), clock.instant());
            em.persist(module);
            publishFromFiles(module, 1, parsed);
            return ImportOutcome.CREATED;
        }
        LearningModule module = existing.get();
        if (module.importedFrom(parsed.fingerprint()) && !force) {
            return ImportOutcome.UNCHANGED;
        }
        if (module.isEditedInBrowser() && !force) {
            if (!parsed.fingerprint().equals(module.getPendingFingerprint())) {
                module.filesChangedUnderBrowserEdits(parsed.fingerprint());
                LOG.warning(() -> "The files of module '" + parsed.folder() + "' changed, but the module was edited in the"
                        + " browser since its last import. Nothing was overwritten; an administrator must choose.");
            }
            return ImportOutcome.CONFLICT;
        }
        Integer latest = em.createNamedQuery(ModuleVersion.LATEST_NUMBER, Integer.class)
                .setParameter("module", module).getSingleResult();
        publishFromFiles(module, (latest == null ? 0 : latest) + 1, parsed);
        return ImportOutcome.NEW_VERSION;
    }

    private void publishFromFiles(LearningModule module, int number, ParsedModule parsed) {
        publish(module, number, VersionSource.FILES, parsed, false, null);
        module.importedFromFiles(number, parsed.fingerprint());
    }

    /**
     * Publishes a module written in the browser as its next version. Learners part-way
     * through move to it when they next open the module; completions of older versions
     * stay, and count as current unless {@code material} is set.
     */
    @Transactional
    public ModuleVersion publishFromBrowser(LearningModule module, ParsedModule parsed, boolean material, long by) {
        Integer latest = em.createNamedQuery(ModuleVersion.LATEST_NUMBER, Integer.class)
                .setParameter("module", module).getSingleResult();
        int number = (latest == null ? 0 : latest) + 1;
        ModuleVersion version = publish(module, number, VersionSource.BROWSER, parsed, material && latest != null, by);
        module.published(number);
        module.editedInBrowser();
        return version;
    }

    private ModuleVersion publish(LearningModule module, int number, VersionSource source, ParsedModule parsed,
            boolean material, Long by) {
        module.currentVersion().flatMap(current -> version(module.getUuid(), current)).ifPresent(ModuleVersion::supersede);
        ModuleVersion version = new ModuleVersion(module, number, source, parsed.definition(), parsed.files(),
                parsed.fingerprint(), clock.instant(), by);
        version.publish(clock.instant(), material);
        em.persist(version);
        if (material) {
            materialChanges.fire(new MaterialChangePublished(module.getUuid(), number));
        }
        return version;
    }

    /** Every version of a module, newest first. */
    public List<ModuleVersion> versions(String moduleUuid) {
        return em.createQuery("select v from ModuleVersion v where v.module.uuid = :uuid order by v.number desc",
                ModuleVersion.class).setParameter("uuid", moduleUuid).getResultList();
    }

    /** Registers a module first written in the browser; it has no version until its draft is published. */
    @Transactional
    public LearningModule create(String uuid, String folder) {
        if (find(uuid).isPresent()) {
            throw new org.commonground.platform.boundary.BusinessException("content.module.exists");
        }
        LearningModule module = new LearningModule(uuid, folder, clock.instant());
        module.editedInBrowser();
        em.persist(module);
        return module;
    }

    /** Whether a folder name is taken by any module. */
    public boolean folderTaken(String folder) {
        return !em.createQuery("select m.id from LearningModule m where m.folder = :f", Long.class)
                .setParameter("f", folder).setMaxResults(1).getResultList().isEmpty();
    }

    /** The administrator keeps the browser copy of a module whose files differ. */
    @Transactional
    public void keepBrowserCopy(String moduleUuid) {
        get(moduleUuid).keepBrowserCopy();
    }

    public Optional<LearningModule> find(String uuid) {
        return em.createNamedQuery(LearningModule.BY_UUID, LearningModule.class).setParameter("uuid", uuid)
                .getResultStream().findFirst();
    }

    public LearningModule get(String uuid) {
        return find(uuid).orElseThrow(() -> new NotFoundException("content.module.notFound"));
    }

    public List<LearningModule> all() {
        return em.createNamedQuery(LearningModule.ALL, LearningModule.class).getResultList();
    }

    public Optional<ModuleVersion> version(String moduleUuid, int number) {
        return em.createNamedQuery(ModuleVersion.BY_MODULE_AND_NUMBER, ModuleVersion.class)
                .setParameter("uuid", moduleUuid).setParameter("number", number).getResultStream().findFirst();
    }

    /** The published version of every module that has one, lowest stage first. */
    public List<ModuleVersion> published() {
        // Each version's module and unit outline come with it in two more statements, not two per module.
        return em.createNamedQuery(ModuleVersion.PUBLISHED_CURRENT, ModuleVersion.class)
                .setHint("eclipselink.join-fetch", "v.module")
                .setHint("eclipselink.batch", "v.units")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    /** The full definition of a version, parsed once from its files and then cached. */
    public ModuleDefinition definition(ModuleVersion version) {
        return definitions.computeIfAbsent(version.getId(), id -> {
            java.util.SortedMap<String, String> files = version.files();
            // The pictures' hashes come from the same files: no second read for the unit page.
            pictures.putIfAbsent(id, Map.copyOf(Media.hashes(files)));
            Library library = parser.parse(files);
            if (library.modules().size() != 1) {
                throw new IllegalStateException("module version " + id + " does not parse: " + library.problems());
            }
            return library.modules().get(0).definition();
        });
    }

    /** A version's pictures, by the path units name them with ({@code media/...}), to their hash; read once, then cached. */
    public Map<String, String> pictures(ModuleVersion version) {
        return pictures.computeIfAbsent(version.getId(), id -> Map.copyOf(Media.hashes(version.files())));
    }

    /**
     * A picture of any published version of a module (old versions keep theirs), by the
     * path units name it with and its hash. Published versions never change, so what is
     * found is kept (a bounded number of pictures).
     */
    public Optional<byte[]> publishedPicture(String moduleUuid, String hash, String link) {
        String key = moduleUuid + "/" + hash + "/" + link;
        byte[] known = servedPictures.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        @SuppressWarnings("unchecked")
        List<String> stored = em.createNativeQuery("select f.content from module_version_file f"
                + " join module_version v on v.id = f.module_version_id join learning_module m on m.id = v.module_id"
                + " where m.uuid = ?1 and f.path = ?2 and v.status in ('PUBLISHED', 'SUPERSEDED')")
                .setParameter(1, moduleUuid).setParameter(2, Media.FOLDER + link.substring(Media.LINK_PREFIX.length()))
                .getResultList();
        for (String text : stored) {
            byte[] bytes = Media.decode(text);
            if (Media.hash(bytes).equals(hash)) {
                if (servedPictures.size() >= PICTURE_CACHE_LIMIT) {
                    servedPictures.clear();
                }
                servedPictures.put(key, bytes);
                return Optional.of(bytes);
            }
        }
        return Optional.empty();
    }
}
