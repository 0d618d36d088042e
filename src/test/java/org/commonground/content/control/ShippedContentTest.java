package org.commonground.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.content.entity.Framework;
import org.commonground.content.entity.ModuleDefinition;
import org.commonground.content.entity.ModuleUnit;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.Quiz;
import org.commonground.content.entity.Resource;
import org.commonground.content.entity.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads every shipped file in content/ and modules/ and fails on any problem. */
class ShippedContentTest {

    private static Map<String, String> files;
    private static Library library;

    @BeforeAll
    static void load() {
        files = ContentDirectory.read(Path.of("."));
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
    void everyShippedModuleAsksOneOrTwoFollowUpQuestionsWithUuidsOfTheirOwn() {
        Set<String> uuids = new java.util.HashSet<>();
        for (ParsedModule module : library.modules()) {
            assertThat(module.definition().followUp()).as(module.folder()).hasSizeBetween(1, 2);
            module.definition().followUp().forEach(q -> assertThat(uuids.add(q.uuid())).as(q.uuid()).isTrue());
        }
        assertThat(library.modules()).hasSizeGreaterThanOrEqualTo(8);
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
        List<Double> eases = new ArrayList<>();
        for (ParsedModule module : library.modules()) {
            for (ModuleUnit entry : module.definition().units()) {
                double ease = Readability.fleschReadingEase(entry.unit().body());
                eases.add(ease);
                if (ease < 60) {
                    hard.add(entry.unit().title() + ": Flesch reading ease " + Math.round(ease));
                }
            }
        }
        eases.sort(null);
        int n = eases.size();
        double median = n % 2 == 1 ? eases.get(n / 2) : (eases.get(n / 2 - 1) + eases.get(n / 2)) / 2;
        System.out.printf(Locale.ROOT, "Reading ease of %d units: min %.1f, median %.1f, max %.1f%n", n, eases.get(0), median,
                eases.get(n - 1));
        assertThat(hard).as("units below a Flesch reading ease of 60").isEmpty();
    }

    @Test
    void quizzesCannotBePassedByPatternAlone() {
        List<Quiz> quizzes = library.modules().stream().flatMap(m -> m.definition().units().stream())
                .flatMap(u -> u.quiz().stream()).toList();
        QuizBalance balance = QuizBalance.of(quizzes);
        System.out.println("Quiz balance: " + balance.report());
        assertThat(balance.breaches()).as(balance.report()).isEmpty();
        assertThat(balance.giveAways()).as("wrong options marked by an absolute word").isEmpty();
    }

    @Test
    void everyFactIsRegisteredWithItsSource() {
        Set<String> units = library.modules().stream().flatMap(m -> m.definition().units().stream())
                .map(u -> u.unit().uuid()).collect(Collectors.toSet());
        FactRegister.Read register = FactRegister.read(files, units);
        System.out.println("Fact register: " + register.facts().size() + " facts, " + register.checkedCount()
                + " checked against their source");
        assertThat(register.problems()).as(register.problems().stream().map(Problem::toString)
                .collect(Collectors.joining("\n"))).isEmpty();
        for (ParsedModule module : library.modules()) {
            assertThat(files).as("a fact register file for " + module.folder())
                    .containsKey(FactRegister.FOLDER + module.folder() + ".yaml");
        }
    }

    @Test
    void everyResourceLinksToTheDocumentItself() {
        List<String> homePages = new ArrayList<>();
        for (ParsedModule module : library.modules()) {
            List<Resource> resources = new ArrayList<>(module.definition().resources());
            module.definition().units().forEach(u -> resources.addAll(u.unit().resources()));
            for (Resource resource : resources.stream().filter(r -> !r.url().isEmpty()).toList()) {
                FactRegister.homePage(resource.url())
                        .ifPresent(why -> homePages.add(module.folder() + ": " + resource.title() + ": " + why));
            }
        }
        assertThat(homePages).isEmpty();
    }

    @Test
    void theFrameworkMarksACorePathForFrontDeskStaff() {
        Framework.CorePath path = library.framework().flatMap(Framework::corePath).orElseThrow();
        int minutes = 0;
        for (String uuid : path.units()) {
            ModuleUnit unit = library.modules().stream().flatMap(m -> m.definition().units().stream())
                    .filter(u -> u.unit().uuid().equals(uuid)).findFirst().orElseThrow();
            minutes += unit.unit().minutes();
            System.out.println("Core path: " + unit.unit().title() + ", " + unit.unit().minutes() + " min");
        }
        System.out.println("Core path: " + path.units().size() + " units, " + minutes + " min");
        assertThat(minutes).isBetween(60, 90);
        assertThat(path.staffGroups()).contains("support_staff");
    }

    @Test
    void workingWithAnInterpreterIsForEveryoneEarly() {
        assertThat(library.modules()).filteredOn(m -> m.folder().equals("interpreters"))
                .extracting(m -> m.definition().stage()).containsExactly(Stage.EMERGING);
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
