package org.commonground.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void createsAMissingDirectory() {
        Path dir = temp.resolve("a/b/data");

        assertThat(DataDirectory.ensureWritable(dir)).isDirectory();
    }

    @Test
    void aDirectoryThatCannotBeCreatedStopsStartUpNamingItAndTheKey() throws IOException {
        Path blocker = Files.writeString(temp.resolve("not-a-directory"), "x");
        Path dir = blocker.resolve("data");

        assertThatThrownBy(() -> DataDirectory.ensureWritable(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("commonground.data.dir")
                .hasMessageContaining("COMMONGROUND_DATA_DIR");
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("data"), "x");

        assertThatThrownBy(() -> DataDirectory.ensureWritable(file))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("commonground.data.dir");
    }
}
