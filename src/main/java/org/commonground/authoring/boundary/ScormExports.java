package org.commonground.authoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.commonground.authoring.control.ScormPackage;
import org.commonground.content.boundary.Modules;
import org.commonground.content.control.MarkdownRenderer;
import org.commonground.content.entity.LearningModule;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.identity.boundary.Caller;
import org.commonground.platform.boundary.NotFoundException;

/**
 * The live published version of a module as a SCORM 1.2 package, for people with the
 * trainer role (the content area's rule, which an administrator passes only with that
 * role too): the same people who may download any version's files as a zip, which hold
 * the same text and quiz keys. A package holds its quizzes' keys (an LMS marks them
 * offline), so it is never offered to learners.
 */
@ApplicationScoped
public class ScormExports {

    @Inject
    Caller caller;

    @Inject
    Modules modules;

    @Inject
    MarkdownRenderer renderer;

    /** A package ready to download: its file name and its bytes. */
    public record Download(String filename, byte[] zip) {
    }

    public Download export(String moduleUuid) {
        caller.requireTrainer();
        LearningModule module = modules.get(moduleUuid);
        ModuleVersion version = module.currentVersion().flatMap(n -> modules.version(moduleUuid, n))
                .orElseThrow(() -> new NotFoundException("content.module.notFound"));
        Map<String, byte[]> files = ScormPackage.files(moduleUuid, version.getNumber(), modules.definition(version),
                version.files(), renderer);
        return new Download(module.getFolder() + "-v" + version.getNumber() + "-scorm12.zip", ScormPackage.zip(files));
    }
}
