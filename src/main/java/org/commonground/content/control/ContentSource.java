package org.commonground.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the platform reads content files from: the library packaged in the WAR, or
 * a working copy named by {@code commonground.content.dir} (a folder holding
 * {@code content/} and {@code modules/}), so a trainer can point a running
 * platform at their checkout.
 */
@ApplicationScoped
public class ContentSource {

    public static final String KEY = "commonground.content.dir";

    @Inject
    @ConfigProperty(name = KEY)
    Optional<String> directory;

    public Map<String, String> files() {
        return workingCopy().map(ContentDirectory::read).orElseGet(ContentDirectory::readShipped);
    }

    public String describe() {
        return workingCopy().map(p -> "the folder " + p).orElse("the library shipped with the platform");
    }

    private Optional<Path> workingCopy() {
        return directory.filter(d -> !d.isBlank()).map(d -> Path.of(d).toAbsolutePath().normalize()).map(p -> {
            if (!Files.isDirectory(p.resolve("modules"))) {
                throw new IllegalStateException("The content folder " + p + " has no modules/ folder. Set " + KEY
                        + " (environment variable COMMONGROUND_CONTENT_DIR) to a folder that holds content/ and modules/.");
            }
            return p;
        });
    }
}
