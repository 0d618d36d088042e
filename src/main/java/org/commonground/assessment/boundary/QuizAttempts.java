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
import org.commonground.assessment.entity.QuizAttempt;
import org.commonground.content.boundary.Modules;
import org.commonground.content.entity.ModuleUnit;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.Quiz;
import org.commonground.identity.boundary.Caller;
import org.commonground.assessment.boundary.QuizScored;
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

    /** A unit's quiz in the published version of its module. */
    public record Opened(ModuleVersion version, ModuleUnit unit, Quiz quiz) {
    }

    public Opened open(String moduleUuid, String unitUuid) {
        ModuleVersion version = modules.find(moduleUuid == null ? "" : moduleUuid)
                .flatMap(m -> m.currentVersion().flatMap(n -> modules.version(m.getUuid(), n)))
                .orElseThrow(() -> new NotFoundException("learning.module.notFound"));
        ModuleUnit unit = modules.definition(version).unit(unitUuid == null ? "" : unitUuid)
                .orElseThrow(() -> new NotFoundException("learning.unit.notFound"));
        Quiz quiz = unit.quiz().orElseThrow(() -> new NotFoundException("assessment.quiz.notFound"));
        return new Opened(version, unit, quiz);
    }

    /**
     * Records attempt number {@code number} (the attempts the learner had when the quiz
     * page was shown, plus one). If that attempt exists already, it is returned as it is.
     */
    @Transactional
    public QuizAttempt submit(String moduleUuid, String unitUuid, int number, Map<String, Set<String>> answers) {
        long me = caller.id();
        Opened opened = open(moduleUuid, unitUuid);
        Optional<QuizAttempt> same = attempt(me, opened.quiz().uuid(), number);
        if (same.isPresent()) {
            return same.get();
        }
        long count = count(me, opened.quiz().uuid());
        if (number != count + 1) {
            throw new BusinessException("assessment.quiz.stale");
        }
        Map<String, Set<String>> clean = clean(opened.quiz(), answers);
        double score = opened.quiz().score(clean);
        boolean passed = opened.quiz().passes(score);
        QuizAttempt attempt = new QuizAttempt(me, moduleUuid, opened.version().getNumber(), unitUuid, opened.quiz().uuid(),
                number, clean, score, passed, clock.instant());
        em.persist(attempt);
        em.flush();
        boolean counts = opened.quiz().counts() == Quiz.AttemptRule.LATEST ? passed
                : passed || anyPassed(me, opened.quiz().uuid());
        scored.fire(new QuizScored(me, moduleUuid, unitUuid, counts));
        return attempt;
    }

    /** Keeps only real options, and at most one for single-answer questions. */
    static Map<String, Set<String>> clean(Quiz quiz, Map<String, Set<String>> answers) {
        Map<String, Set<String>> clean = new HashMap<>();
        for (Question question : quiz.questions()) {
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

    private boolean anyPassed(long accountId, String quizUuid) {
        return em.createQuery("select count(a) from QuizAttempt a where a.accountId = :me and a.quizUuid = :q and a.passed = :yes",
                Long.class).setParameter("me", accountId).setParameter("q", quizUuid).setParameter("yes", Boolean.TRUE)
                .getSingleResult() > 0;
    }
}
