package org.commonground.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.time.Instant;
import org.commonground.assessment.control.AttemptReview;
import org.commonground.assessment.control.Paper;
import org.commonground.assessment.control.Standing;
import org.commonground.assessment.entity.AttemptAllowance;
import org.commonground.assessment.entity.QuizAttempt;
import org.commonground.content.entity.QuizRules;
import org.commonground.progress.boundary.Progress;
import org.commonground.content.boundary.Modules;
import org.commonground.content.entity.ModuleDefinition;
import org.commonground.content.entity.ModuleUnit;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.Quiz;
import org.commonground.authoring.boundary.Authors;
import org.commonground.identity.boundary.Audit;
import org.commonground.identity.boundary.Caller;
import org.commonground.platform.boundary.AccessDeniedException;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;

/**
 * Learners' attempts at quizzes: scored with partial credit, kept, and numbered so
 * that the same submission arriving twice (a double click, a second tab, a replayed
 * request) is one attempt. Each learner sees only their own attempts.
 */
@ApplicationScoped
public class QuizAttempts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Modules modules;

    @Inject
    Caller caller;

    @Inject
    Event<QuizScored> scored;

    @Inject
    Clock clock;

    @Inject
    Progress progress;

    @Inject
    Authors authors;

    @Inject
    Audit audit;

    /** A learner whose attempts at a module's quizzes are used up, as the module's trainers see them. */
    public record UsedUp(long accountId, String name) {
    }

    /** A unit's quiz in the published version of its module. */
    public record Opened(ModuleVersion version, ModuleUnit unit, Quiz quiz) {
    }

    public Opened open(String moduleUuid, String unitUuid) {
        ModuleVersion version = modules.find(moduleUuid == null ? "" : moduleUuid)
                .flatMap(m -> m.currentVersion().flatMap(n -> modules.version(m.getUuid(), n)))
                .orElseThrow(() -> new NotFoundException("learning.module.notFound"));
        ModuleDefinition definition = modules.definition(version);
        ModuleUnit unit = definition.unit(unitUuid == null ? "" : unitUuid)
                .orElseThrow(() -> new NotFoundException("learning.unit.notFound"));
        Quiz quiz = unit.quiz().orElseThrow(() -> new NotFoundException("assessment.quiz.notFound"));
        return new Opened(version, unit, definition.pooled(quiz));
    }

    /** The paper of the caller's attempt with this number. */
    public Paper paperMine(Quiz quiz, int number) {
        return Paper.of(quiz, caller.id(), number);
    }

    /** The paper of the caller's next attempt (the same on every reload until it is submitted). */
    public Paper nextPaper(Quiz quiz) {
        return Paper.of(quiz, caller.id(), (int) countMine(quiz.uuid()) + 1);
    }

    /**
     * Records attempt number {@code number} (the attempts the learner had when the quiz
     * page was shown, plus one). If that attempt exists already, it is returned as it is.
     * An attempt beyond the quiz's limit, or before its wait is over, is refused; a
     * failed last allowed attempt marks the module's status "attempts used up".
     */
    @Transactional
    public QuizAttempt submit(String moduleUuid, String unitUuid, int number, Map<String, Set<String>> answers) {
        long me = caller.id();
        Opened opened = open(moduleUuid, unitUuid);
        Quiz quiz = opened.quiz();
        // Counted before looking for the same attempt: a twin submit that commits between the
        // two reads is then either counted (and found) or not yet visible (and this insert
        // meets the unique key, and the caller's retry finds it).
        long count = count(me, quiz.uuid());
        if (number <= count) {
            Optional<QuizAttempt> same = attempt(me, quiz.uuid(), number);
            if (same.isPresent()) {
                return same.get();
            }
        }
        if (number != count + 1) {
            throw new BusinessException("assessment.quiz.stale");
        }
        Standing standing = standing(me, moduleUuid, quiz);
        if (standing.usedUp()) {
            throw new BusinessException("assessment.quiz.usedUp");
        }
        if (standing.waiting(clock.instant())) {
            throw new BusinessException("assessment.quiz.wait");
        }
        Paper paper = Paper.of(quiz, me, number);
        Map<String, Set<String>> clean = clean(paper.questions(), answers);
        double score = Quiz.score(paper.questions(), clean);
        boolean passed = quiz.passes(score);
        QuizAttempt attempt = new QuizAttempt(me, moduleUuid, opened.version().getNumber(), unitUuid, quiz.uuid(),
                number, clean, score, passed, clock.instant()).drawn(paper.drawnUuids(quiz));
        em.persist(attempt);
        em.flush();
        boolean counts = quiz.counts() == Quiz.AttemptRule.LATEST ? passed : passed || anyPassed(me, quiz.uuid());
        scored.fire(new QuizScored(me, moduleUuid, unitUuid, counts));
        if (!counts && standing.lastOne()) {
            progress.attemptsUsedUp(me, moduleUuid, true);
        }
        return attempt;
    }

    /** The caller's standing against a quiz's attempt rules. */
    public Standing standingMine(String moduleUuid, Quiz quiz) {
        return standing(caller.id(), moduleUuid, quiz);
    }

    private Standing standing(long accountId, String moduleUuid, Quiz quiz) {
        QuizRules rules = quiz.rules();
        if (rules.maxAttempts() == null && rules.waitHours() == null) {
            return Standing.of(rules, 0, 0, null);
        }
        Integer refreshed = em.createQuery("select max(v.number) from ModuleVersion v where v.module.uuid = :m and v.material = true",
                Integer.class).setParameter("m", moduleUuid).getSingleResult();
        Object[] since = em.createQuery("select count(a), max(a.submittedAt) from QuizAttempt a where a.accountId = :me"
                + " and a.quizUuid = :q and a.moduleVersion >= :from", Object[].class).setParameter("me", accountId)
                .setParameter("q", quiz.uuid()).setParameter("from", refreshed == null ? 0 : refreshed).getSingleResult();
        Long extra = em.createQuery("select sum(g.extra) from AttemptAllowance g where g.accountId = :me and g.quizUuid = :q"
                + " and g.grantedAt >= :from", Long.class).setParameter("me", accountId).setParameter("q", quiz.uuid())
                .setParameter("from", refreshedAt(moduleUuid, refreshed)).getSingleResult();
        return Standing.of(rules, ((Number) since[0]).intValue(), extra == null ? 0 : extra.intValue(), (Instant) since[1]);
    }

    /** When the version that last needed a refresh was made (allowances before it no longer apply). */
    private Instant refreshedAt(String moduleUuid, Integer refreshed) {
        if (refreshed == null) {
            return Instant.EPOCH;
        }
        return modules.version(moduleUuid, refreshed).map(ModuleVersion::getCreatedAt).orElse(Instant.EPOCH);
    }

    /**
     * Allows a learner a fresh set of attempts (the quiz's maximum again) at every quiz of
     * the module's published version whose attempts they used up; the module's status is
     * no longer "attempts used up". The caller's boundary decides who may (a manager of
     * the person, through their membership). Answers how many quizzes were reopened.
     */
    @Transactional
    public int allowMore(long accountId, String moduleUuid) {
        ModuleVersion version = modules.find(moduleUuid).flatMap(m -> m.currentVersion().flatMap(n -> modules.version(moduleUuid, n)))
                .orElseThrow(() -> new NotFoundException("learning.module.notFound"));
        int reopened = 0;
        for (ModuleUnit unit : modules.definition(version).units()) {
            Optional<Quiz> quiz = unit.quiz();
            if (quiz.isPresent() && standing(accountId, moduleUuid, quiz.get()).usedUp()) {
                em.persist(new AttemptAllowance(accountId, moduleUuid, quiz.get().uuid(), quiz.get().rules().maxAttempts(),
                        caller.id(), clock.instant()));
                reopened++;
            }
        }
        progress.attemptsUsedUp(accountId, moduleUuid, false);
        return reopened;
    }

    /** Who a learner who used their attempts can ask, besides their manager: the module's trainers, by name. */
    public List<String> trainers(String moduleUuid) {
        return authors.names(moduleUuid);
    }

    /** Administrators, and the trainers of this module (the authoring feature's one rule). */
    public boolean isModuleTrainer(String moduleUuid) {
        return authors.isTrainerOf(moduleUuid);
    }

    private void requireModuleTrainer(String moduleUuid) {
        if (!isModuleTrainer(moduleUuid)) {
            throw new AccessDeniedException();
        }
    }

    /** For the module's trainers: the learners whose attempts at its quizzes are used up, by name. */
    public List<UsedUp> usedUp(String moduleUuid) {
        requireModuleTrainer(moduleUuid);
        return em.createQuery("select new org.commonground.assessment.boundary.QuizAttempts.UsedUp(a.id, a.displayName)"
                + " from ModuleStatus s, Account a where a.id = s.accountId and s.moduleUuid = :m and s.attemptsUsedUp = :yes"
                + " order by a.displayName, a.id", UsedUp.class).setParameter("m", moduleUuid).setParameter("yes", Boolean.TRUE)
                .getResultList();
    }

    /**
     * A trainer of the module (or an administrator) allows a learner whose attempts are
     * used up a fresh set, as a manager can; recorded in the audit trail.
     */
    @Transactional
    public int allowMoreAsTrainer(long accountId, String moduleUuid) {
        requireModuleTrainer(moduleUuid);
        if (usedUp(moduleUuid).stream().noneMatch(u -> u.accountId() == accountId)) {
            throw new NotFoundException("assessment.allowances.notUsedUp");
        }
        int reopened = allowMore(accountId, moduleUuid);
        audit.record(accountId, null, "QUIZ_ATTEMPTS_ALLOWED", "module " + moduleUuid + ", " + reopened + " quizzes, by a trainer");
        return reopened;
    }

    /** What the caller may see of one of their attempts, by the quiz's review rules. */
    public AttemptReview review(QuizAttempt attempt, Opened opened) {
        Quiz quiz = opened.quiz();
        Paper paper = Paper.recorded(quiz, attempt.getAccountId(), attempt.getNumber(), attempt.drawnQuestions());
        boolean last = !attempt.isPassed() && standing(attempt.getAccountId(), attempt.getModuleUuid(), quiz).usedUp();
        return AttemptReview.of(paper, attempt.selections(), quiz.rules().review(attempt.isPassed(), last));
    }

    /** Keeps only real options of the questions asked, and at most one for single-answer questions. */
    static Map<String, Set<String>> clean(List<Question> asked, Map<String, Set<String>> answers) {
        Map<String, Set<String>> clean = new HashMap<>();
        for (Question question : asked) {
            Set<String> keys = new HashSet<>(answers.getOrDefault(question.uuid(), Set.of()));
            keys.removeIf(k -> !question.hasOption(k));
            if (!question.type().isMultiple() && keys.size() > 1) {
                throw new BusinessException("assessment.quiz.oneAnswer");
            }
            if (!keys.isEmpty()) {
                clean.put(question.uuid(), keys);
            }
        }
        return clean;
    }

    /** The caller's attempts at a quiz, newest first. */
    public List<QuizAttempt> mine(String quizUuid) {
        return em.createQuery("select a from QuizAttempt a where a.accountId = :me and a.quizUuid = :q order by a.number desc",
                QuizAttempt.class).setParameter("me", caller.id()).setParameter("q", quizUuid).getResultList();
    }

    /** One of the caller's own attempts; anyone else's is "not found". */
    public QuizAttempt mine(long attemptId) {
        QuizAttempt attempt = em.find(QuizAttempt.class, attemptId);
        if (attempt == null || attempt.getAccountId() != caller.id()) {
            throw new NotFoundException("assessment.attempt.notFound");
        }
        return attempt;
    }

    public long countMine(String quizUuid) {
        return count(caller.id(), quizUuid);
    }

    private Optional<QuizAttempt> attempt(long accountId, String quizUuid, int number) {
        return em.createQuery("select a from QuizAttempt a where a.accountId = :me and a.quizUuid = :q and a.number = :n",
                QuizAttempt.class).setParameter("me", accountId).setParameter("q", quizUuid).setParameter("n", number)
                .getResultStream().findFirst();
    }

    private long count(long accountId, String quizUuid) {
        return em.createQuery("select count(a) from QuizAttempt a where a.accountId = :me and a.quizUuid = :q", Long.class)
                .setParameter("me", accountId).setParameter("q", quizUuid).getSingleResult();
    }

    /**
     * A person's score on a module, in percent: the mean over the quizzes of the module's
     * published version of the score each quiz counts (best or latest attempt, as the
     * quiz says; 0 for a quiz not tried). Empty when the module has no quiz. This is the
     * score sent to a learning platform's gradebook.
     */
    public Optional<Double> countedScore(long accountId, String moduleUuid) {
        Optional<ModuleVersion> version = modules.find(moduleUuid).flatMap(m -> m.currentVersion()
                .flatMap(n -> modules.version(m.getUuid(), n)));
        if (version.isEmpty()) {
            return Optional.empty();
        }
        List<Quiz> quizzes = modules.definition(version.get()).units().stream().flatMap(u -> u.quiz().stream()).toList();
        if (quizzes.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Double>> scores = new java.util.HashMap<>();
        em.createQuery("select a.quizUuid, a.score from QuizAttempt a where a.accountId = :me and a.moduleUuid = :m"
                + " order by a.number", Object[].class).setParameter("me", accountId).setParameter("m", moduleUuid)
                .getResultList().forEach(r -> scores.computeIfAbsent((String) r[0], q -> new java.util.ArrayList<>())
                        .add(((Number) r[1]).doubleValue()));
        double mean = quizzes.stream().mapToDouble(q -> q.counts().counted(scores.getOrDefault(q.uuid(), List.of())))
                .average().orElse(0);
        return Optional.of(Math.round(mean * 10) / 10.0);
    }

    private boolean anyPassed(long accountId, String quizUuid) {
        return em.createQuery("select count(a) from QuizAttempt a where a.accountId = :me and a.quizUuid = :q and a.passed = :yes",
                Long.class).setParameter("me", accountId).setParameter("q", quizUuid).setParameter("yes", Boolean.TRUE)
                .getSingleResult() > 0;
    }
}
