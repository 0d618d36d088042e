package org.commonground.authoring.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.commonground.content.control.MarkdownRenderer;
import org.commonground.content.control.Media;
import org.commonground.content.entity.CaseStudy;
import org.commonground.content.entity.ModuleDefinition;
import org.commonground.content.entity.ModuleUnit;
import org.commonground.content.entity.Unit;

/**
 * A published module version as a SCORM 1.2 package: one SCO per unit, so a learning
 * system records each unit's status and score as the platform does, and each unit's
 * worksheet answers fit the 4,096 characters SCORM 1.2 gives a SCO's suspend data.
 * Everything the pages need is inside (text, pictures, our own script and style): the
 * package makes no call to the platform and works offline.
 */
public final class ScormPackage {

    public static final String MANIFEST = "imsmanifest.xml";
    private static final String RESOURCES = "/org/commonground/authoring/scorm/";

    private ScormPackage() {
    }

    /** The files of the package by path, in the order they are zipped (the manifest first). */
    public static Map<String, byte[]> files(String moduleUuid, int version, ModuleDefinition module,
            Map<String, String> moduleFiles, MarkdownRenderer renderer) {
        Map<String, byte[]> pages = new LinkedHashMap<>();
        List<ScormManifest.Sco> scos = new ArrayList<>();
        int count = module.units().size();
        for (int i = 0; i < count; i++) {
            ModuleUnit unit = module.units().get(i);
            String href = "unit-" + (i + 1) + ".html";
            String html = ScormPages.unit(module.title(), unit, i + 1, count, renderer::toHtml);
            pages.put(href, html.getBytes(StandardCharsets.UTF_8));
            List<String> scoFiles = new ArrayList<>();
            scoFiles.add(href);
            for (String picture : pictures(unit, renderer)) {
                String stored = moduleFiles.get(Media.FOLDER + picture.substring(Media.LINK_PREFIX.length()));
                if (stored != null) {
                    pages.putIfAbsent(picture, Media.decode(stored));
                    scoFiles.add(picture);
                }
            }
            Integer mastery = unit.quiz().isPresent() && unit.completeWhen() == org.commonground.content.entity.CompletionRule.QUIZ_PASSED
                    ? unit.quiz().get().passMark() : null;
            scos.add(new ScormManifest.Sco(unit.unit().title(), href, scoFiles, mastery));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> shared = List.of(ScormPages.SCRIPT, ScormPages.STYLE);
        files.put(MANIFEST, ScormManifest.write("CG-" + moduleUuid + "-v" + version, module.title(), scos, shared));
        files.putAll(pages);
        shared.forEach(name -> files.put(name, resource(name)));
        return files;
    }

    public static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The pictures ({@code media/...}) a unit's Markdown shows, each once. */
    private static Set<String> pictures(ModuleUnit moduleUnit, MarkdownRenderer renderer) {
        Unit unit = moduleUnit.unit();
        Set<String> pictures = new LinkedHashSet<>();
        Stream.concat(Stream.of(unit.body(), unit.summary(), moduleUnit.worksheet().map(w -> w.intro()).orElse(null)),
                unit.cases().stream().map(CaseStudy::body))
                .flatMap(text -> renderer.pictures(text).stream())
                .map(MarkdownRenderer.Picture::destination)
                .filter(d -> d.startsWith(Media.LINK_PREFIX) && !d.contains(".."))
                .forEach(pictures::add);
        return pictures;
    }

    private static byte[] resource(String name) {
        try (InputStream in = ScormPackage.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCES + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
