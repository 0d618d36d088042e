package org.commonground.content.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a library's files ({@code content/} and {@code modules/} under one root)
 * into memory: path (relative, forward slashes) to text. The root is a working
 * copy named in configuration, or the library shipped inside the WAR.
 */
public final class ContentDirectory {

    public static final String SHIPPED = "shipped";

    private ContentDirectory() {
    }

    public static Map<String, String> read(Path root) {
        Map<String, String> files = new TreeMap<>();
        for (String top : new String[] {"content", "modules"}) {
            Path dir = root.resolve(top);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path file : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    if (isContent(relative)) {
                        files.put(relative, Files.readString(file, StandardCharsets.UTF_8));
                    } else if (Media.isMedia(relative)) {
                        files.put(relative, Media.encode(Media.asStored(relative, Files.readAllBytes(file))));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read content from " + dir, e);
            }
        }
        return files;
    }

    /** The library packaged in the WAR ({@code WEB-INF/classes/shipped}). */
    public static Map<String, String> readShipped() {
        URL url = ContentDirectory.class.getClassLoader().getResource(SHIPPED + "/modules");
        if (url == null) {
            return Map.of();
        }
        try {
            URI uri = url.toURI();
            if ("file".equals(uri.getScheme())) {
                return read(Path.of(uri).getParent());
            }
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            return read(fs.provider().getPath(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot read the shipped content at " + url, e);
        }
    }

    static boolean isContent(String relative) {
        boolean text = relative.endsWith(".md") || relative.endsWith(".yaml") || relative.endsWith(".yml");
        return text && !relative.endsWith("README.md");
    }
}
