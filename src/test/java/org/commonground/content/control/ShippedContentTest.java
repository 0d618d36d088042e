package org.commonground.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.commonground.content.entity.ModuleDefinition;
import org.commonground.content.entity.ModuleUnit;
import org.commonground.content.entity.Question;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads every shipped file in content/ and modules/ and fails on any problem. */
class ShippedContentTest {

    private static Library library;

    @BeforeAll
    static void load() {
        Map<String, String> files = ContentDirectory.read(Path.of("."));
        library = new ContentParser().parse(files);
    }

    @Test
    void everyShippedFileIsValid() {
        assertThat(library.problems()).as(library.problems().stream().map(Problem::toString)
                .collect(Collectors.joining("\n"))).isEmpty();
        assertThat(library.brokenModules()).isEmpty();
    }

    @Test
    void theFirstFourModulesAreThereOnePerStage() {
        assertThat(library.modules()).extracting(ParsedModule::folder)
                .contains("interpreters", "cultural-competence", "barriers-to-access", "partnership-levels");
        assertThat(library.modules()).extracting(m -> m.definition().stage()).doesNotContainNull();
        assertThat(library.framework()).isPresent();
    }

    @Test
    void everyUnitMeetsTheWritingBrief() {
        List<String> shortfalls = new ArrayList<>();
        for (ParsedModule module : library.modules()) {
            ModuleDefinition definition = module.definition();
            if (definition.outcomes().isEmpty()) {
                shortfalls.add(module.folder() + ": no outcomes");
            }
            for (ModuleUnit entry : definition.units()) {
                String name = module.folder() + "/" + entry.unit().title();
                int words = Readability.words(entry.unit().body());
                if (words < 600 || words > 1500) {
                    shortfalls.add(name + ": " + words + " words of teaching text (600-1,500)");
                }
                int objectives = entry.unit().objectives().size();
                if (objectives < 3 || objectives > 5) {
                    shortfalls.add(name + ": " + objectives + " objectives (3-5)");
                }
                if (entry.unit().cases().isEmpty()) {
                    shortfalls.add(name + ": no case study or scenario");
                }
                if (entry.quiz().map(q -> q.questions().size()).orElse(0) < 4) {
                    shortfalls.add(name + ": a quiz of fewer than 4 questions");
                }
                if (entry.worksheet().isEmpty()) {
                    shortfalls.add(name + ": no worksheet");
                }
            }
        }
        assertThat(shortfalls).isEmpty();
    }

    @Test
    void unitTextIsPlainEnglish() {
        List<String> hard = new ArrayList<>();
        for (ParsedModule module : library.modules()) {
            for (ModuleUnit entry : module.definition().units()) {
                double ease = Readability.fleschReadingEase(entry.unit().body());
                if (ease < 55) {
                    hard.add(entry.unit().title() + ": Flesch reading ease " + Math.round(ease));
                }
            }
        }
        assertThat(hard).as("units below a Flesch reading ease of 55").isEmpty();
    }

    @Test
    void everyOptionTeachesWhyItIsRightOrWrong() {
        for (ParsedModule module : library.modules()) {
            for (ModuleUnit entry : module.definition().units()) {
                for (Question question : entry.quiz().orElseThrow().questions()) {
                    assertThat(question.explanation()).isNotBlank();
                    question.options().forEach(o -> assertThat(o.feedback()).as(question.uuid() + "/" + o.key())
                            .hasSizeGreaterThan(20));
                }
            }
        }
    }
}
