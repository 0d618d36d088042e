package org.commonground.content.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;
import org.commonground.content.control.ContentParser;
import org.commonground.content.control.ContentReport;
import org.commonground.content.control.ContentSource;
import org.commonground.content.control.Library;
import org.commonground.content.control.ParsedModule;
import org.commonground.content.control.Problem;
import org.commonground.platform.boundary.Bootstrap;
import org.commonground.platform.boundary.BusinessException;

/**
 * Brings the content files into the database at start-up: every valid module is
 * imported (a new version when its files changed, unless it has browser edits),
 * every problem is logged with file, line and field and kept for the
 * administrators' page. Bad content never stops the platform.
 */
@ApplicationScoped
public class ContentImport {

    private static final Logger LOG = Logger.getLogger(ContentImport.class.getName());

    @Inject
    ContentSource source;

    @Inject
    ContentParser parser;

    @Inject
    Modules modules;

    @Inject
    Frameworks frameworks;

    @Inject
    ContentReport report;

    @Inject
    Clock clock;

    void atStartup(@Observes @Priority(Bootstrap.SCHEMA_READY + 100) Startup startup) {
        importAll();
    }

    public ContentReport.Load importAll() {
        long started = System.nanoTime();
        Map<String, String> files = source.files();
        Library library = parser.parse(files);
        Map<ImportOutcome, Integer> counts = new EnumMap<>(ImportOutcome.class);
        for (ParsedModule module : library.modules()) {
            try {
                counts.merge(modules.importFromFiles(module, false), 1, Integer::sum);
            } catch (RuntimeException e) {
                // Another node imported the same files at the same moment, or the database refused: the next start retries.
                LOG.warning(() -> "Module '" + module.folder() + "' was not imported: " + e.getMessage());
            }
        }
        library.framework().ifPresent(f -> frameworks.importFramework(f, files.get(ContentParser.FRAMEWORK_PATH)));
        for (Problem problem : library.problems()) {
            LOG.warning(() -> "Content problem: " + problem);
        }
        for (String broken : library.brokenModules()) {
            LOG.warning(() -> "Module '" + broken + "' was left out (or kept at its last good version) because of the problems above");
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        ContentReport.Load load = new ContentReport.Load(clock.instant(), source.describe(), millis,
                library.modules().size() + library.brokenModules().size(),
                counts.getOrDefault(ImportOutcome.CREATED, 0) + counts.getOrDefault(ImportOutcome.NEW_VERSION, 0),
                counts.getOrDefault(ImportOutcome.UNCHANGED, 0), counts.getOrDefault(ImportOutcome.CONFLICT, 0),
                library.problems(), library.brokenModules());
        report.record(load);
        LOG.info(() -> "Content loaded from " + load.source() + " in " + millis + " ms: " + load.modulesRead()
                + " modules read, " + load.imported() + " imported, " + load.unchanged() + " unchanged, "
                + load.conflicts() + " waiting for an administrator, " + load.problems().size() + " problems");
        return load;
    }

    /** The administrator chose the files over the browser copy of a module: import them as a new version. */
    public ImportOutcome acceptFiles(String moduleUuid) {
        Library library = parser.parse(source.files());
        ParsedModule parsed = library.modules().stream().filter(m -> m.definition().uuid().equals(moduleUuid))
                .findFirst().orElseThrow(() -> new BusinessException("content.admin.filesNotValid"));
        return modules.importFromFiles(parsed, true);
    }
}
