package org.commonground.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.commonground.content.boundary.Modules;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.ModuleDefinition;
import org.commonground.content.entity.ModuleUnit;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.Quiz;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Item analysis for trainers: for each question of the quizzes in a module's published
 * version, over a period, how many attempts answered it, how many of those chose
 * exactly the correct options, and how often each option was chosen. Attempts on
 * earlier versions of the module count for the questions and options that are still
 * in it (question uuids and option keys are stable). Each question has its facility
 * (the share of attempts fully correct) and each question and option its
 * discrimination index: the point-biserial correlation between answering the question
 * fully correctly (or choosing the option) and the attempt's score, from -1 to 1.
 * Everything is counted and summed in the database, three grouped queries whatever
 * the number of attempts. A question that
 * fewer than {@link #MINIMUM_LEARNERS} different learners answered shows no counts at
 * all: with so few, a count could point to a person. Only the module's trainers (see
 * {@code Authors}) and administrators see it.
 */
@ApplicationScoped
public class ItemAnalysis {

    public static final int MINIMUM_LEARNERS = 5;

    /** The options chosen for the questions in the period's attempts at the module. */
    private static final String ANSWERS = " from QuizAttempt a join a.answers s where a.moduleUuid = :module"
            + " and a.submittedAt >= :from and a.submittedAt < :to and s.questionUuid in :questions";

    @PersistenceContext
    EntityManager em;

    @Inject
    Modules modules;

    /** Only the module's trainers and administrators see its analysis. */
    @Inject
    org.commonground.authoring.boundary.Authors authors;

    @Inject
    @ConfigProperty(name = "commonground.timezone", defaultValue = "Europe/London")
    String zone;

    @Inject
    Clock clock;

    /** Whole days, both included, in the deployment's time zone. */
    public record Period(LocalDate from, LocalDate to) {

        public Period {
            Objects.requireNonNull(from);
            Objects.requireNonNull(to);
            if (to.isBefore(from)) {
                throw new BusinessException("assessment.analysis.periodOrder");
            }
        }
    }

    /**
     * One option of a question: how many attempts chose it, what share of the question's
     * attempts that is, and how choosing it goes with the attempt's score (null when it
     * cannot be told: nobody or everybody chose it, or every score was the same).
     */
    public record Choice(String key, String text, boolean correct, long chosen, double percent, Double discrimination) {
    }

    /**
     * One question. When it is not {@link #shown()}, every count is zero and there are
     * no choices: the numbers are not there to leak, whatever a page does with them.
     */
    public record Item(String uuid, String text, boolean multiple, boolean shown, long attempts, long learners,
            long fullyCorrect, double percentCorrect, List<Choice> choices, Double discrimination) {

        public Item {
            choices = List.copyOf(choices);
        }

        static Item hidden(Question question) {
            return new Item(question.uuid(), question.text(), question.type().isMultiple(), false, 0, 0, 0, 0, List.of(), null);
        }
    }

    /** A quiz of the module, with the title of its unit. */
    public record QuizItems(String unitTitle, String title, List<Item> items) {

        public QuizItems {
            items = List.copyOf(items);
        }
    }

    /** The whole analysis of a module over a period. */
    public record View(String moduleUuid, String title, int version, Period period, List<QuizItems> quizzes) {

        public View {
            quizzes = List.copyOf(quizzes);
        }

        public int getMinimum() {
            return MINIMUM_LEARNERS;
        }
    }

    /**
     * What one question's attempts add up to, as the database counted them: with the sum
     * of their scores and of the squares of their scores, and the sum of the scores of
     * the fully correct attempts and of those that chose each option.
     */
    record Tally(long attempts, long learners, long fullyCorrect, Map<String, Long> chosen, double scores, double squares,
            double fullyCorrectScores, Map<String, Double> chosenScores) {

        Tally(long attempts, long learners, long fullyCorrect, Map<String, Long> chosen) {
            this(attempts, learners, fullyCorrect, chosen, 0, 0, 0, Map.of());
        }

        /** The discrimination index of a group of these attempts (of this size, with these scores summed). */
        Double discrimination(long group, double groupScores) {
            return ItemAnalysis.discrimination(attempts, scores, squares, group, groupScores);
        }
    }

    /** The last twelve months, up to and including today. */
    public Period defaultPeriod() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(zone)));
        return new Period(today.minusMonths(12), today);
    }

    public View analyse(String moduleUuid, Period period) {
        ModuleVersion version = modules.find(moduleUuid == null ? "" : moduleUuid)
                .flatMap(m -> m.currentVersion().flatMap(n -> modules.version(m.getUuid(), n)))
                .orElseThrow(() -> new NotFoundException("content.module.notFound"));
        authors.requireTrainerOf(version.getModule().getUuid());
        ModuleDefinition definition = modules.definition(version);
        List<ModuleUnit> withQuiz = definition.units().stream().filter(u -> u.quiz().isPresent()).toList();
        List<Question> questions = withQuiz.stream().flatMap(u -> u.quiz().orElseThrow().questions().stream()).toList();
        Map<String, Tally> tallies = tallies(definition.uuid(), period, questions);
        List<QuizItems> quizzes = new ArrayList<>();
        for (ModuleUnit unit : withQuiz) {
            Quiz quiz = unit.quiz().orElseThrow();
            List<Item> items = quiz.questions().stream().map(q -> item(q, tallies.get(q.uuid()))).toList();
            quizzes.add(new QuizItems(unit.unit().title(), quiz.title(), items));
        }
        return new View(definition.uuid(), definition.title(), version.getNumber(), period, quizzes);
    }

    /** A question as shown: counts only when enough different learners answered it. */
    static Item item(Question question, Tally tally) {
        if (tally == null || tally.learners() < MINIMUM_LEARNERS) {
            return Item.hidden(question);
        }
        List<Choice> choices = new ArrayList<>();
        for (AnswerOption option : question.options()) {
            long chosen = tally.chosen().getOrDefault(option.key(), 0L);
            choices.add(new Choice(option.key(), option.text(), option.correct(), chosen, percent(chosen, tally.attempts()),
                    tally.discrimination(chosen, tally.chosenScores().getOrDefault(option.key(), 0.0))));
        }
        return new Item(question.uuid(), question.text(), question.type().isMultiple(), true, tally.attempts(),
                tally.learners(), tally.fullyCorrect(), percent(tally.fullyCorrect(), tally.attempts()), choices,
                tally.discrimination(tally.fullyCorrect(), tally.fullyCorrectScores()));
    }

    /**
     * The point-biserial correlation, to two decimals, between belonging to a group of
     * the attempts and the attempts' scores: (mean of the group - mean of the rest) /
     * standard deviation x sqrt(share x (1 - share)). Null when it cannot be told: an
     * empty or whole group, or scores that are all the same.
     */
    static Double discrimination(long attempts, double scores, double squares, long group, double groupScores) {
        if (group <= 0 || group >= attempts) {
            return null;
        }
        double mean = scores / attempts;
        double variance = squares / attempts - mean * mean;
        if (variance <= 1e-9) {
            return null;
        }
        double share = (double) group / attempts;
        double rest = (scores - groupScores) / (attempts - group);
        double r = (groupScores / group - rest) / Math.sqrt(variance) * Math.sqrt(share * (1 - share));
        return Math.round(Math.max(-1, Math.min(1, r)) * 100) / 100.0;
    }

    /** A share in percent with one decimal, rounded half up; nothing out of nothing is 0. */
    static double percent(long part, long whole) {
        if (whole <= 0) {
            return 0;
        }
        return Math.round(part * 1000.0 / whole) / 10.0;
    }

    /** How a question and one of its options appear in the queries: the question's uuid, a slash, the key. */
    static String pair(String questionUuid, String optionKey) {
        return questionUuid + "/" + optionKey;
    }

    /**
     * Three grouped queries over the period's attempts at this module: per question,
     * the attempts and learners that chose at least one option it still has; per
     * option, how many attempts chose it; per question, the attempts that chose exactly
     * its correct options.
     */
    Map<String, Tally> tallies(String moduleUuid, Period period, List<Question> questions) {
        if (questions.isEmpty()) {
            return Map.of();
        }
        ZoneId zoneId = ZoneId.of(zone);
        Scope scope = new Scope(moduleUuid, period.from().atStartOfDay(zoneId).toInstant(),
                period.to().plusDays(1).atStartOfDay(zoneId).toInstant(), questions);
        Map<String, Map<String, Object[]>> chosen = chosen(scope);
        Map<String, Object[]> fullyCorrect = fullyCorrect(scope);
        Map<String, Tally> tallies = new HashMap<>();
        // One row per attempt and question: its first chosen option that the question still has.
        for (Object[] row : scope.query(em, "select s.questionUuid, count(distinct a.id), count(distinct a.accountId),"
                + " sum(a.score), sum(a.score * a.score)" + ANSWERS + " and concat(s.questionUuid, '/', s.optionKey) in :options"
                + " and s.optionKey = (select min(w.optionKey) from QuizAttempt b join b.answers w where b = a"
                + " and w.questionUuid = s.questionUuid and concat(w.questionUuid, '/', w.optionKey) in :options)"
                + " group by s.questionUuid").setParameter("options", scope.pairs(option -> true)).getResultList()) {
            String uuid = (String) row[0];
            Map<String, Object[]> options = chosen.getOrDefault(uuid, Map.of());
            Map<String, Long> counts = new HashMap<>();
            Map<String, Double> scores = new HashMap<>();
            options.forEach((key, sums) -> {
                counts.put(key, number(sums[0]));
                scores.put(key, decimal(sums[1]));
            });
            Object[] fully = fullyCorrect.getOrDefault(uuid, new Object[] {0L, 0.0});
            tallies.put(uuid, new Tally(number(row[1]), number(row[2]), number(fully[0]), counts, decimal(row[3]),
                    decimal(row[4]), decimal(fully[1]), scores));
        }
        return tallies;
    }

    /** Per question and option: the attempts that chose it and the sum of their scores. */
    private Map<String, Map<String, Object[]>> chosen(Scope scope) {
        Map<String, Map<String, Object[]>> chosen = new HashMap<>();
        for (Object[] row : scope.query(em, "select s.questionUuid, s.optionKey, count(a), sum(a.score)" + ANSWERS
                + " group by s.questionUuid, s.optionKey").getResultList()) {
            chosen.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((String) row[1], new Object[] {row[2], row[3]});
        }
        return chosen;
    }

    /**
     * Attempts that chose no option outside the question's correct ones, and as many
     * options as it has correct ones (the number for each question is written into a
     * case expression, each question's uuid a parameter of its own): how many, and the
     * sum of their scores (counted on the row of each question's first correct option,
     * which every fully correct attempt chose, so each attempt once).
     */
    private Map<String, Object[]> fullyCorrect(Scope scope) {
        StringBuilder needed = new StringBuilder("case s.questionUuid");
        for (int i = 0; i < scope.questions().size(); i++) {
            needed.append(" when :q").append(i).append(" then ")
                    .append(scope.questions().get(i).options().stream().filter(AnswerOption::correct).count());
        }
        needed.append(" else 0 end");
        TypedQuery<Object[]> query = scope.query(em, "select s.questionUuid, count(a), sum(a.score)" + ANSWERS
                + " and concat(s.questionUuid, '/', s.optionKey) in :first and not exists (select w.optionKey from QuizAttempt b join b.answers w where b = a"
                + " and w.questionUuid = s.questionUuid and concat(w.questionUuid, '/', w.optionKey) not in :correct)"
                + " and (select count(v.optionKey) from QuizAttempt c join c.answers v where c = a"
                + " and v.questionUuid = s.questionUuid) = " + needed + " group by s.questionUuid")
                .setParameter("correct", scope.pairs(AnswerOption::correct)).setParameter("first", scope.firstCorrect());
        for (int i = 0; i < scope.questions().size(); i++) {
            query.setParameter("q" + i, scope.questions().get(i).uuid());
        }
        Map<String, Object[]> fullyCorrect = new HashMap<>();
        query.getResultList().forEach(row -> fullyCorrect.put((String) row[0], new Object[] {row[1], row[2]}));
        return fullyCorrect;
    }

    /** What the queries share: the module, the period as instants (end excluded) and the questions. */
    private record Scope(String moduleUuid, Instant from, Instant to, List<Question> questions) {

        TypedQuery<Object[]> query(EntityManager em, String jpql) {
            List<String> uuids = questions.stream().map(Question::uuid).toList();
            // concat() would otherwise make EclipseLink write every value into the SQL text instead of binding it.
            return em.createQuery(jpql, Object[].class).setHint("eclipselink.jdbc.bind-parameters", "true")
                    .setParameter("module", moduleUuid).setParameter("from", from).setParameter("to", to)
                    .setParameter("questions", uuids);
        }

        /** The options of every question that pass the filter, as question/key pairs. */
        List<String> pairs(Predicate<AnswerOption> filter) {
            List<String> pairs = new ArrayList<>();
            for (Question question : questions) {
                question.options().stream().filter(filter).forEach(o -> pairs.add(pair(question.uuid(), o.key())));
            }
            return pairs;
        }

        /** Each question's first correct option, as a question/key pair. */
        List<String> firstCorrect() {
            List<String> pairs = new ArrayList<>();
            for (Question question : questions) {
                question.options().stream().filter(AnswerOption::correct).findFirst()
                        .ifPresent(o -> pairs.add(pair(question.uuid(), o.key())));
            }
            return pairs;
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A sum as the database gives it (null for a sum of nothing). */
    private static double decimal(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
