package org.commonground.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commonground.content.boundary.ContentImport;
import org.commonground.content.boundary.ImportOutcome;
import org.commonground.content.boundary.Modules;
import org.commonground.content.control.ContentReport;
import org.commonground.content.entity.LearningModule;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.platform.web.Messages;

/** Administration: what the last content load found, and modules whose files and browser copy differ. */
@Named
@RequestScoped
public class ContentAdminBacking {

    @Inject
    ContentReport report;

    @Inject
    Modules modules;

    @Inject
    ContentImport contentImport;

    private List<Row> rows;

    /** A module with its published version, if any. */
    public record Row(LearningModule module, ModuleVersion version) {
    }

    public ContentReport.Load getLoad() {
        return report.last();
    }

    public List<Row> getModules() {
        if (rows == null) {
            Map<String, ModuleVersion> published = modules.published().stream()
                    .collect(Collectors.toMap(v -> v.getModule().getUuid(), Function.identity()));
            rows = modules.all().stream().map(m -> new Row(m, published.get(m.getUuid()))).toList();
        }
        return rows;
    }

    public void acceptFiles(String moduleUuid) {
        ImportOutcome outcome = contentImport.acceptFiles(moduleUuid);
        Messages.info(outcome == ImportOutcome.UNCHANGED ? "content.admin.unchanged" : "content.admin.filesImported");
        rows = null;
    }

    public void keepBrowserCopy(String moduleUuid) {
        modules.keepBrowserCopy(moduleUuid);
        Messages.info("content.admin.browserKept");
        rows = null;
    }

    public void reload() {
        ContentReport.Load load = contentImport.importAll();
        Messages.info("content.admin.reloaded", load.modulesRead(), load.problems().size());
        rows = null;
    }
}
