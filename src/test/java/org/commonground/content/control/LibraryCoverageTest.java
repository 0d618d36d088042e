package org.commonground.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonground.content.entity.Framework;
import org.commonground.content.entity.ModuleUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the shipped library covers: every unit of the TS4SE toolkit (the list in
 * {@code ts4se-units.txt}, checked against seed 003's module map where the seeds are
 * at hand), every module named as evidence in the framework file, and the diagrams
 * shown in their units with text alternatives.
 */
class LibraryCoverageTest {

    /** The seeds beside the project (../shared/seeds), as the seed-overlap tool finds them. */
    private static final Path SEEDS = Path.of("..", "shared", "seeds");
    private static final Pattern UUID_LINE = Pattern.compile("(?m)^uuid:\\s*([0-9a-f-]{36})");

    private static Map<String, String> files;
    private static Library library;

    /** One line of ts4se-units.txt. */
    record Covered(String number, String title, String unitFile, String taughtUnder) {
    }

    @BeforeAll
    static void load() {
        files = ContentDirectory.read(Path.of("."));
        library = new ContentParser().parse(files);
    }

    static List<Covered> coverage() {
        try (InputStream in = LibraryCoverageTest.class.getResourceAsStream("/ts4se-units.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\\s*\\|\\s*"))
                    .map(p -> new Covered(p[0].strip(), p[1].strip(), p[2].strip(), p[3].strip())).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Optional<ModuleUnit> shippedUnit(String uuid) {
        return library.modules().stream().flatMap(m -> m.definition().units().stream())
                .filter(u -> u.unit().uuid().equals(uuid)).findFirst();
    }

    @Test
    void everyUnitOfTheToolkitIsTaughtByAShippedUnit() {
        List<Covered> covered = coverage();
        assertThat(covered).extracting(Covered::number).doesNotHaveDuplicates().hasSize(28);
        Map<String, Long> perModule = covered.stream()
                .collect(Collectors.groupingBy(c -> c.number().split("\\.")[0], TreeMap::new, Collectors.counting()));
        assertThat(perModule).as("the toolkit's eight modules and their units")
                .containsExactlyEntriesOf(new TreeMap<>(Map.of("1", 4L, "2", 2L, "3", 4L, "4", 3L, "5", 4L, "6", 1L, "7", 5L,
                        "8", 5L)));
        List<String> missing = new ArrayList<>();
        for (Covered c : covered) {
            String text = files.get("content/units/" + c.unitFile());
            if (text == null) {
                missing.add(c.number() + ": no file content/units/" + c.unitFile());
                continue;
            }
            Matcher uuid = UUID_LINE.matcher(text);
            Optional<ModuleUnit> unit = uuid.find() ? shippedUnit(uuid.group(1)) : Optional.empty();
            if (unit.isEmpty()) {
                missing.add(c.number() + ": " + c.unitFile() + " is in no shipped module");
            } else if (!unit.get().unit().body().toLowerCase(Locale.UK).contains(c.taughtUnder().toLowerCase(Locale.UK))) {
                missing.add(c.number() + ": " + c.unitFile() + " does not teach '" + c.taughtUnder() + "'");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theListIsTheToolkitsOwnModuleMapWhereTheSeedIsAtHand() throws IOException {
        Optional<Path> seed = Files.isDirectory(SEEDS) ? seed003() : Optional.empty();
        // Where the seeds are not beside the project (a build elsewhere), the list above is the record.
        org.junit.jupiter.api.Assumptions.assumeTrue(seed.isPresent(), "seed 003 is not at " + SEEDS);
        Map<String, String> fromSeed = moduleMap(Files.readString(seed.get()));
        Map<String, String> fromList = new LinkedHashMap<>();
        coverage().forEach(c -> fromList.put(c.number(), c.title()));
        assertThat(fromList).containsExactlyEntriesOf(fromSeed);
    }

    private static Optional<Path> seed003() throws IOException {
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            return seeds.filter(p -> p.getFileName().toString().startsWith("003_")).findFirst();
        }
    }

    /** The seed's module map: "  • module N" then "    • unit title" lines, leaving out each module's resources. */
    static Map<String, String> moduleMap(String seed) {
        Map<String, String> units = new LinkedHashMap<>();
        Pattern module = Pattern.compile("^\\s*•\\s*module (\\d+)\\s*$");
        String current = null;
        int number = 0;
        for (String line : seed.lines().toList()) {
            Matcher m = module.matcher(line);
            if (m.matches()) {
                current = m.group(1);
                number = 0;
            } else if (current != null && line.startsWith("    •")) {
                String title = line.substring(line.indexOf('•') + 1).strip();
                if (!title.endsWith("resources")) {
                    units.put(current + "." + ++number, title);
                }
            } else if (current != null && !line.isBlank() && !line.startsWith(" ")) {
                break;
            }
        }
        return units;
    }

    @Test
    void everyShippedModuleIsEvidenceForAnActivityOfTheFramework() {
        Framework framework = library.framework().orElseThrow();
        Set<String> evidenced = framework.stages().stream().flatMap(s -> s.activities().stream())
                .filter(Framework.Activity::byTraining).flatMap(a -> a.modules().stream()).collect(Collectors.toSet());
        assertThat(library.modules()).hasSizeGreaterThanOrEqualTo(8).allSatisfy(m -> {
            assertThat(m.definition().stage()).as(m.folder() + ": its stage").isNotNull();
            assertThat(evidenced).as(m.folder() + ": named as evidence by an activity").contains(m.definition().uuid());
        });
    }

    /**
     * The feedback page says in its own sentence whether choosing an option was right; an
     * option's feedback that opened with a verdict of its own ("Right.", "Not quite:")
     * would say it twice, or contradict it.
     */
    @Test
    void noOptionsFeedbackOpensWithAVerdictOfItsOwn() {
        Pattern verdict = Pattern.compile("^\\s*(right|wrong|correct|incorrect|not quite|no|yes|true|false|well done|exactly)\\b"
                + "\\s*[.!:,;-]", Pattern.CASE_INSENSITIVE);
        List<String> opening = new ArrayList<>();
        int options = 0;
        for (ParsedModule module : library.modules()) {
            for (ModuleUnit unit : module.definition().units()) {
                for (var question : unit.quiz().orElseThrow().questions()) {
                    for (var option : question.options()) {
                        options++;
                        if (verdict.matcher(option.feedback()).find()) {
                            opening.add(module.folder() + " " + question.uuid() + "/" + option.key() + ": " + option.feedback());
                        }
                    }
                }
            }
        }
        assertThat(options).as("options read").isGreaterThan(600);
        assertThat(opening).isEmpty();
        assertThat(verdict.matcher("Not quite: this is true.").find()).isTrue();
        assertThat(verdict.matcher("No one is turned away.").find()).as("a sentence that starts with 'No one'").isFalse();
    }

    @Test
    void theDiagramsAreShownInTheirUnitsWithTextAlternatives() throws IOException {
        Map<String, String> diagrams = Map.of(
                "people-seeking-sanctuary/01-seeking-safety-the-asylum-process.md", "media/people-seeking-sanctuary/asylum-route.svg",
                "partnership-levels/02-network-coordinate-cooperate-collaborate.md", "media/partnership-levels/four-levels.svg",
                "safeguarding-and-vulnerability/01-safeguarding-and-vulnerability.md",
                "media/safeguarding-and-vulnerability/referral-route.svg");
        for (Map.Entry<String, String> d : diagrams.entrySet()) {
            String unit = files.get("content/units/" + d.getKey());
            Matcher picture = Pattern.compile("!\\[([^\\]]*)\\]\\(" + Pattern.quote(d.getValue()) + "\\)").matcher(unit);
            assertThat(picture.find()).as(d.getKey() + " shows " + d.getValue()).isTrue();
            assertThat(picture.group(1).split("\\s+")).as("its alt text says what the diagram shows").hasSizeGreaterThan(15);
            String svg = Files.readString(Path.of("content", d.getValue()));
            assertThat(svg).as(d.getValue()).contains("role=\"img\"").containsPattern("<title[^>]*>[^<]{10,}</title>")
                    .containsPattern("<desc[^>]*>[^<]{40,}</desc>");
        }
    }
}
