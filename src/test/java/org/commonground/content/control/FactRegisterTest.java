package org.commonground.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fact register refuses a fact without a real source, a unit that does not exist, or a check it cannot show. */
class FactRegisterTest {

    static final String UNIT = "11111111-1111-4111-8111-111111111111";

    static String fact(String id, String url, String units, String checkedAndHow) {
        return """
                  - id: %s
                    fact: Anyone in England can register with a GP practice without ID.
                    source:
                      title: Patient registration
                      publisher: NHS England
                      url: %s
                    units: [%s]
                %s
                """.formatted(id, url, units, checkedAndHow.indent(4).stripTrailing());
    }

    static FactRegister.Read read(String... facts) {
        return FactRegister.read(Map.of("content/facts/module.yaml", "facts:\n" + String.join("", facts)), Set.of(UNIT));
    }

    static final String CHECKED = "checked: 2026-12-03\nhow: Compared with the stored copy of the guidance (section 2).";
    static final String URL = "https://www.england.nhs.uk/publication/patient-registration/";

    @Test
    void aSourcedCheckedFactIsRead() {
        FactRegister.Read read = read(fact("gp-no-id", URL, UNIT, CHECKED),
                fact("gp-no-address", URL, UNIT, "how: \"Not checked: the guidance was not found.\""));
        assertThat(read.problems()).isEmpty();
        assertThat(read.facts()).extracting(FactRegister.Fact::id).containsExactly("gp-no-id", "gp-no-address");
        assertThat(read.checkedCount()).isEqualTo(1);
        assertThat(read.facts().get(0).source().publisher()).isEqualTo("NHS England");
    }

    @Test
    void anIdUsedTwiceAcrossFilesIsAProblem() {
        FactRegister.Read read = FactRegister.read(Map.of(
                "content/facts/a.yaml", "facts:\n" + fact("gp-no-id", URL, UNIT, CHECKED),
                "content/facts/b.yaml", "facts:\n" + fact("gp-no-id", URL, UNIT, CHECKED)), Set.of(UNIT));
        assertThat(read.problems()).extracting(Problem::file, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("content/facts/b.yaml",
                        "id gp-no-id is already used in content/facts/a.yaml"));
    }

    @Test
    void aUnitThatDoesNotExistIsAProblem() {
        assertThat(read(fact("gp-no-id", URL, "99999999-9999-4999-8999-999999999999", CHECKED)).problems())
                .extracting(Problem::field).containsExactly("facts[0].units");
    }

    @Test
    void aHomePageIsNotASource() {
        assertThat(read(fact("a", "https://www.england.nhs.uk/", UNIT, CHECKED), fact("b", "https://www.gov.uk", UNIT, CHECKED))
                .problems()).extracting(Problem::field, Problem::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("facts[0].source.url",
                                "https://www.england.nhs.uk/ is a site's home page: link to the document itself"),
                        org.assertj.core.groups.Tuple.tuple("facts[1].source.url",
                                "https://www.gov.uk is a site's home page: link to the document itself"));
    }

    @Test
    void aPageNamedByItsQueryIsADocument() {
        assertThat(FactRegister.homePage("https://righttoremain.org.uk/?p=43559")).isEmpty();
        assertThat(FactRegister.homePage("https://www.gov.uk/guidance/x")).isEmpty();
        assertThat(FactRegister.homePage("http://www.gov.uk/guidance/x")).contains("must start with https://");
    }

    @Test
    void aSourceNeedsTitlePublisherAndUrl() {
        FactRegister.Read read = FactRegister.read(Map.of("content/facts/m.yaml", """
                facts:
                  - id: no-source
                    fact: Something.
                    units: [%s]
                    how: "Not checked: no time."
                  - id: thin-source
                    fact: Something else.
                    source:
                      title: A guide
                    units: [%s]
                    how: "Not checked: no time."
                """.formatted(UNIT, UNIT)), Set.of(UNIT));
        assertThat(read.problems()).extracting(Problem::field)
                .containsExactlyInAnyOrder("facts[0].source", "facts[1].source.publisher", "facts[1].source.url");
    }

    @Test
    void aCheckedDateNeedsToSayHowAndAnUncheckedFactMustSaySo() {
        FactRegister.Read read = read(fact("a", URL, UNIT, "checked: 2026-12-03"),
                fact("b", URL, UNIT, "how: Compared with the guidance."),
                fact("c", URL, UNIT, "checked: 2026-12-03\nhow: \"Not checked: no copy found.\""));
        assertThat(read.problems()).extracting(Problem::field).containsExactly("facts[0].how", "facts[1].checked", "facts[2].how");
    }

    @Test
    void otherFoldersAndNestedFilesAreNotTheRegister() {
        assertThat(FactRegister.isFactFile("content/facts/interpreters.yaml")).isTrue();
        assertThat(FactRegister.isFactFile("content/facts/old/interpreters.yaml")).isFalse();
        assertThat(FactRegister.isFactFile("content/quizzes/interpreters/01.yaml")).isFalse();
    }

    @Test
    void theParserPassesOverTheRegisterSoModulesStillLoad() {
        Map<String, String> files = new java.util.HashMap<>(ContentParserTest.goodLibrary());
        files.put("content/facts/module.yaml", "facts:\n" + fact("gp-no-id", URL, UNIT, CHECKED));
        files.put("content/facts/broken.yaml", "facts: [");
        Library library = new ContentParser().parse(files);
        assertThat(library.problems()).isEmpty();
        assertThat(library.modules()).hasSize(1);
    }
}
