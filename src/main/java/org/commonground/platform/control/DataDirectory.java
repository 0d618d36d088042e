package org.commonground.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The directory where the platform keeps its files (the embedded database among
 * them). Checked before anything else at start-up: a directory that cannot be
 * created or written stops the platform with a message naming it and the key.
 */
@ApplicationScoped
public class DataDirectory {

    public static final String KEY = "commonground.data.dir";

    @Inject
    @ConfigProperty(name = KEY)
    String configured;

    public Path path() {
        return Path.of(configured).toAbsolutePath().normalize();
    }

    /** Creates the directory if needed and proves it is writable. */
    public Path ensureWritable() {
        return ensureWritable(path());
    }

    static Path ensureWritable(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new IllegalStateException(problem(dir, "cannot be created (" + e.getMessage() + ")"), e);
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(problem(dir, "is not a directory"));
        }
        try {
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new IllegalStateException(problem(dir, "is not writable"), e);
        }
        return dir;
    }

    private static String problem(Path dir, String what) {
        return "The data directory " + dir + " " + what + ". Set the configuration key " + KEY
                + " (environment variable COMMONGROUND_DATA_DIR) to a directory the platform can write.";
    }
}
