package org.commonground.authoring.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Zips in the repository's layout: what goes in comes out, and anything else is left out with a reason. */
class ZipsTest {

    @Test
    void filesWrittenAreReadBackUnchanged() {
        Map<String, String> files = Map.of("modules/m/module.yaml", "uuid: x\n", "content/units/m/01-a.md", "---\nå ü 日本\n---\n");

        assertThat(Zips.read(Zips.write(files)).files()).isEqualTo(files);
    }

    @Test
    void pathsOutsideTheLayoutAndOtherFilesAreLeftOutWithAReason() throws IOException {
        byte[] zip = zip(Map.of("../../etc/passwd", "x", "modules/m/module.yaml", "uuid: x\n", "content/media/a.png", "png",
                "README.md", "read me"));

        Zips.Read read = Zips.read(zip);

        assertThat(read.files()).containsOnlyKeys("modules/m/module.yaml");
        assertThat(read.skipped()).anyMatch(s -> s.startsWith("../../etc/passwd: not under"))
                .anyMatch(s -> s.startsWith("content/media/a.png: the file's name says PNG but it is not a PNG picture"))
                .anyMatch(s -> s.startsWith("README.md: not under"));
    }

    @Test
    void somethingThatIsNotAZipIsRefusedWithAReason() {
        assertThatThrownBy(() -> Zips.read("just text".getBytes())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a zip");
    }

    @Test
    void aZipThatUnpacksToMoreThanTheLimitIsRefused() throws IOException {
        String big = "a".repeat(1024 * 1024);
        byte[] zip = zip(Map.of("content/units/m/1.md", big, "content/units/m/2.md", big, "content/units/m/3.md", big,
                "content/units/m/4.md", big, "content/units/m/5.md", big, "content/units/m/6.md", big));

        assertThatThrownBy(() -> Zips.read(zip)).hasMessageContaining("more than 5 MB");
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                out.putNextEntry(new ZipEntry(f.getKey()));
                out.write(f.getValue().getBytes());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
