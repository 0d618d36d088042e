package org.commonground.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AttachmentTest {

    @Test
    void aPlainNameIsKept() {
        assertThat(Attachment.header("learning-record.csv"))
                .isEqualTo("attachment; filename=\"learning-record.csv\"; filename*=UTF-8''learning-record.csv");
    }

    @Test
    void quotesLineBreaksAndSemicolonsCannotChangeTheHeader() {
        String header = Attachment.header("evil\"; filename=x.exe\r\nSet-Cookie: a=b.zip");

        assertThat(header).doesNotContain("\r").doesNotContain("\n").doesNotContain("x.exe\"");
        assertThat(header.chars().filter(c -> c == '"').count()).isEqualTo(2);
        assertThat(header).startsWith("attachment; filename=\"evil_filename_x.exe_Set-Cookie_a_b.zip\"");
    }

    @Test
    void aPathCannotLeadOutOfTheDownloadsFolder() {
        assertThat(Attachment.header("../../etc/passwd")).startsWith("attachment; filename=\"etc_passwd\"");
        assertThat(Attachment.header("..\\..\\boot.ini")).startsWith("attachment; filename=\"boot.ini\"");
    }

    @Test
    void lettersBeyondAsciiGoInTheEncodedName() {
        assertThat(Attachment.header("Café équipe-draft.zip"))
                .isEqualTo("attachment; filename=\"Cafe_equipe-draft.zip\"; filename*=UTF-8''Caf%C3%A9%20%C3%A9quipe-draft.zip");
    }

    @Test
    void hiddenCharactersAndEmptyNamesGiveASafeName() {
        assertThat(Attachment.header("\u202Egnp.exe")).doesNotContain("\u202E");
        assertThat(Attachment.header("   ")).startsWith("attachment; filename=\"download\"");
        assertThat(Attachment.header("a".repeat(500) + ".zip")).hasSizeLessThan(260).endsWith("a.zip");
    }

    @Test
    void everyDownloadNamesItsFileThroughThisHelper() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<Path> setting = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("Attachment.java"))
                    .filter(p -> read(p).contains("Content-Disposition")).toList();

            assertThat(setting).as("classes that write Content-Disposition themselves").isEmpty();
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
