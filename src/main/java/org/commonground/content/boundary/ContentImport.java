package org.commonground.content.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.commonground.content.control.ContentParser;
import org.commonground.content.control.ContentReleases;
import org.commonground.content.control.ContentReport;
import org.commonground.content.control.ContentSource;
import org.commonground.content.control.Fingerprint;
import org.commonground.content.control.Library;
import org.commonground.content.control.ParsedModule;
import org.commonground.content.control.Problem;
import org.commonground.platform.boundary.Bootstrap;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.control.Database;
import org.commonground.platform.control.Races;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the content files into the database at start-up: every valid module is
 * imported (a new version when its files changed, unless it has browser edits),
 * every problem is logged with file, line and field and kept for the
 * administrators' page. Bad content never stops the platform.
 * <p>
 * Releases are ordered ({@link ContentReleases}): at start-up a node whose library was
 * published before and has since been replaced by a newer one publishes nothing and
 * says so in its log, so an old node restarted beside an upgraded one does not put the
 * old text back. An administrator's "read the content again" publishes the node's files
 * whatever their age (a deliberate rollback), as does a start with
 * {@code commonground.content.accept-older=true}.
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

    @Inject
    Database database;

    @Inject
    @ConfigProperty(name = "commonground.content.accept-older", defaultValue = "false")
    boolean acceptOlder;

    void atStartup(@Observes @Priority(Bootstrap.SCHEMA_READY + 100) Startup startup) {
        load(acceptOlder);
    }

    /** Reads the files again on an administrator's request, publishing them even if they are an older release. */
    public ContentReport.Load importAll() {
        return load(true);
    }

    private ContentReport.Load load(boolean olderAllowed) {
        long started = System.nanoTime();
        Map<String, String> files = source.files();
        ContentReleases.Decision release = offer(files, olderAllowed);
        if (!release.publish()) {
            return refused(release, started);
        }
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

    private ContentReleases.Decision offer(Map<String, String> files, boolean olderAllowed) {
        String fingerprint = Fingerprint.of(new TreeMap<>(files));
        ContentReleases releases = new ContentReleases(database.dataSource());
        ContentReleases.Decision decision = Races.retried(() -> {
            try {
                return releases.offer(fingerprint, source.describe(), clock.instant(), olderAllowed);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read or record the content release", e);
            }
        });
        if (decision.verdict() == ContentReleases.Verdict.OLDER_ACCEPTED) {
            LOG.warning(() -> "Content from " + source.describe() + " is release " + fingerprint.substring(0, 12)
                    + ", older than the newest published; publishing it again as asked.");
        }
        return decision;
    }

    private ContentReport.Load refused(ContentReleases.Decision release, long started) {
        ContentReleases.Release newest = release.newestBefore().orElseThrow();
        String why = "These files are release " + release.release().fingerprint().substring(0, 12) + " (first read "
                + release.release().firstLoadedAt() + "), older than release " + newest.fingerprint().substring(0, 12)
                + " published " + newest.firstLoadedAt() + " from " + newest.source() + ". Nothing was published from"
                + " them: upgrade this node, or set commonground.content.accept-older=true to go back to them.";
        LOG.warning(() -> "Content from " + source.describe() + " was not published. " + why);
        long millis = (System.nanoTime() - started) / 1_000_000;
        ContentReport.Load load = new ContentReport.Load(clock.instant(), source.describe(), millis, 0, 0, 0, 0,
                List.of(new org.commonground.content.control.Problem("(all files)", 0, "release", why)), List.of());
        report.record(load);
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
