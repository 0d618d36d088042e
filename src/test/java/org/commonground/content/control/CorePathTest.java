package org.commonground.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.commonground.content.entity.Framework;
import org.junit.jupiter.api.Test;

/** The framework's core path names units that exist and takes 60 to 90 minutes to read. */
class CorePathTest {

    static String framework(String corePath) {
        StringBuilder stages = new StringBuilder();
        String[] names = {"EMERGING", "DEVELOPING", "MATURING", "THRIVING"};
        for (int i = 0; i < names.length; i++) {
            stages.append("""
                      - stage: %s
                        description: A stage.
                        activities:
                          - uuid: aaaaaaaa-aaaa-4aaa-8aaa-00000000000%d
                            text: Do something.
                            evidence: self_assessed
                    """.formatted(names[i], i));
        }
        return """
                uuid: bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb
                title: Skills and capacity
                source: A source.
                stages:
                %s%s""".formatted(stages, corePath);
    }

    static String corePath(String... units) {
        return """
                core_path:
                  title: Essentials for front-desk staff
                  why: What every receptionist needs first.
                  staff_groups: [support_staff]
                  units: [%s]
                """.formatted(String.join(", ", units));
    }

    static Map<String, String> library(String minutes, String corePath) {
        Map<String, String> files = ContentParserTest.goodLibrary();
        files.put("content/units/t/01-unit.md", ContentParserTest.unit(ContentParserTest.UNIT_ID)
                .replace("minutes: 10", "minutes: " + minutes));
        files.put(ContentParser.FRAMEWORK_PATH, framework(corePath));
        return files;
    }

    private final ContentParser parser = new ContentParser();

    @Test
    void aCorePathOfExistingUnitsWithinTheMinutesIsRead() {
        Library library = parser.parse(library("75", corePath(ContentParserTest.UNIT_ID)));
        assertThat(library.problems()).isEmpty();
        Framework.CorePath path = library.framework().flatMap(Framework::corePath).orElseThrow();
        assertThat(path.units()).containsExactly(ContentParserTest.UNIT_ID);
        assertThat(path.staffGroups()).containsExactly("support_staff");
        assertThat(path.title()).isEqualTo("Essentials for front-desk staff");
    }

    @Test
    void aUnitThatDoesNotExistIsReported() {
        Library library = parser.parse(library("75", corePath(ContentParserTest.UNIT_ID, "99999999-9999-4999-8999-999999999999")));
        assertThat(library.problems()).extracting(Problem::message)
                .containsExactly("no unit with uuid 99999999-9999-4999-8999-999999999999 in content/units");
    }

    @Test
    void tooShortOrTooLongAPathIsReported() {
        assertThat(parser.parse(library("45", corePath(ContentParserTest.UNIT_ID))).problems()).extracting(Problem::message)
                .containsExactly("the core path's units take 45 minutes; it must take 60 to 90");
        assertThat(parser.parse(library("95", corePath(ContentParserTest.UNIT_ID))).problems()).extracting(Problem::message)
                .containsExactly("the core path's units take 95 minutes; it must take 60 to 90");
    }

    @Test
    void aStaffGroupThatDoesNotExistIsReported() {
        Library library = parser.parse(library("75", corePath(ContentParserTest.UNIT_ID).replace("support_staff", "cleaners")));
        assertThat(library.problems()).extracting(Problem::field).containsExactly("core_path.staff_groups");
        assertThat(library.framework()).isEmpty();
    }

    @Test
    void aFrameworkWithoutACorePathStillLoads() {
        Library library = parser.parse(library("10", ""));
        assertThat(library.problems()).isEmpty();
        assertThat(library.framework().flatMap(Framework::corePath)).isEmpty();
    }
}
