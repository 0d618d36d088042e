package org.commonground.authoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.commonground.authoring.control.Zips;
import org.commonground.authoring.entity.ModuleDraft;
import org.commonground.content.boundary.Modules;
import org.commonground.content.control.ContentParser;
import org.commonground.content.control.Library;
import org.commonground.content.control.ParsedModule;
import org.commonground.content.control.Problem;
import org.commonground.content.entity.LearningModule;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.identity.boundary.Caller;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;

/**
 * Modules out and in as zips in the repository's layout. An import is read and
 * checked by the loader first, and the report shown; only when the trainer
 * confirms does anything get saved, and then as drafts, never straight to learners.
 */
@ApplicationScoped
public class ModuleZips {

    @Inject
    Caller caller;

    @Inject
    Modules modules;

    @Inject
    Drafts drafts;

    @Inject
    Authors authors;

    @Inject
    ContentParser parser;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = org.commonground.content.control.Media.LIMIT_KEY,
            defaultValue = "300")
    int mediaLimitKb;

    /** What an uploaded zip would import: its modules, what each would become, and every problem. */
    public record Preview(SortedMap<String, String> files, List<String> skipped, List<Problem> problems,
            List<Incoming> modules, List<String> broken) implements java.io.Serializable {

        public boolean importable() {
            return problems.isEmpty() && !modules.isEmpty() && modules.stream().allMatch(m -> m.blockedBy() == null);
        }
    }

    /** A module in the zip: new, or a new draft of an existing module (unless one is open). */
    public record Incoming(String uuid, String folder, String title, int units, boolean exists, String blockedBy)
            implements java.io.Serializable {
    }

    /** The files of a published version, or of the open draft when {@code version} is null. */
    public byte[] export(String moduleUuid, Integer version) {
        caller.requireTrainer();
        Map<String, String> files;
        if (version == null) {
            files = drafts.get(moduleUuid).texts();
        } else {
            files = modules.version(moduleUuid, version).map(ModuleVersion::files)
                    .orElseThrow(() -> new NotFoundException("content.module.notFound"));
        }
        return Zips.write(files);
    }

    public Preview preview(byte[] zip) {
        caller.requireTrainer();
        Zips.Read read;
        try {
            read = Zips.read(zip, mediaLimitKb);
        } catch (IllegalArgumentException e) {
            throw BusinessException.onField("file", "authoring.import.unreadable", e.getMessage());
        }
        Library library = parser.parse(read.files());
        List<Incoming> incoming = new ArrayList<>();
        for (ParsedModule m : library.modules()) {
            Optional<LearningModule> existing = modules.find(m.definition().uuid());
            String blocked = existing.flatMap(e -> drafts.openDraft(e.getUuid()))
                    .map(d -> "this module already has a draft; publish or discard it first").orElse(null);
            incoming.add(new Incoming(m.definition().uuid(), m.folder(), m.definition().title(),
                    m.definition().units().size(), existing.isPresent(), blocked));
        }
        return new Preview(read.files(), read.skipped(), library.problems(), incoming, library.brokenModules());
    }

    /** Saves every module of a checked zip as a draft; all or nothing. */
    @Transactional
    public List<ModuleDraft> importDrafts(SortedMap<String, String> files) {
        caller.requireTrainer();
        Library library = parser.parse(files);
        if (!library.problems().isEmpty() || library.modules().isEmpty()) {
            throw new InvalidContent(library.problems());
        }
        List<ModuleDraft> created = new ArrayList<>();
        for (ParsedModule m : library.modules()) {
            String uuid = m.definition().uuid();
            if (drafts.openDraft(uuid).isPresent()) {
                throw new BusinessException("authoring.import.draftOpen", m.definition().title());
            }
            if (authors.hasTrainers(uuid)) {
                authors.requireTrainerOf(uuid);
            }
            LearningModule module = modules.find(uuid).orElseGet(() -> modules.create(uuid, freeFolder(m.folder())));
            created.add(drafts.start(module, module.getCurrentVersion(), m.files()));
        }
        return created;
    }

    private String freeFolder(String folder) {
        String name = folder;
        for (int n = 2; modules.folderTaken(name); n++) {
            name = folder + "-" + n;
        }
        return name;
    }
}
