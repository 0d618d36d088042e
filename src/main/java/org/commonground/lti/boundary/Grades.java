package org.commonground.lti.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.commonground.assessment.boundary.QuizAttempts;
import org.commonground.assessment.boundary.QuizScored;
import org.commonground.lti.control.ScoreSender;
import org.commonground.lti.entity.LtiLink;
import org.commonground.lti.entity.LtiPlatform;
import org.commonground.platform.boundary.ScheduledJob;
import org.commonground.platform.control.Leases;
import org.commonground.progress.boundary.ModuleCompleted;
import org.commonground.progress.boundary.Progress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Scores back to the learning platforms' gradebooks (LTI Assignment and Grade
 * Services). When a launched person's quiz is scored or their module completed, the
 * score the module counts ({@link QuizAttempts#countedScore}) and their progress are
 * queued on their link, in the same transaction; the job then sends what is due, on
 * whichever node holds its lease, outside any transaction, and records the outcome. A
 * failed send is tried again after a doubling wait. A score that changed while it was
 * being sent is sent again.
 */
@ApplicationScoped
public class Grades implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(Grades.class.getName());
    private static final int BATCH = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    QuizAttempts attempts;

    @Inject
    Progress progress;

    @Inject
    ScoreSender sender;

    @Inject
    ToolKeys keys;

    @Inject
    Grades self;

    @Inject
    @ConfigProperty(name = "commonground.lti.retry-seconds", defaultValue = "60")
    int retrySeconds;

    @Inject
    @ConfigProperty(name = "commonground.lti.retry-max-seconds", defaultValue = "21600")
    int retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "commonground.lti.max-attempts", defaultValue = "12")
    int maxAttempts;

    /** The queue keeps real time: moving the platform clock must not hold scores back. */
    Clock clock = Clock.systemUTC();

    void quizScored(@Observes QuizScored scored) {
        queue(scored.accountId(), scored.moduleUuid(), false);
    }

    void completed(@Observes ModuleCompleted completed) {
        queue(completed.accountId(), completed.moduleUuid(), true);
    }

    /** Joins the caller's transaction: one statement when the person has no link to the module. */
    private void queue(long accountId, String moduleUuid, boolean completedNow) {
        List<LtiLink> links = em.createNamedQuery(LtiLink.OF_MODULE, LtiLink.class).setParameter("a", accountId)
                .setParameter("m", moduleUuid).getResultList();
        if (links.isEmpty()) {
            return;
        }
        boolean completed = completedNow || progress.find(accountId, moduleUuid).map(s -> s.getCompletedAt() != null)
                .orElse(false);
        // A module with no quiz counts its completion: full marks once complete.
        double score = attempts.countedScore(accountId, moduleUuid).orElse(completed ? 100.0 : 0.0);
        Instant now = clock.instant();
        links.forEach(l -> l.scored(score, 100.0, completed ? "Completed" : "InProgress", "FullyGraded", now));
    }

    @Override
    public String name() {
        return "lti-scores";
    }

    @Override
    public String period(Instant now) {
        return null;
    }

    @Override
    public void run(Leases.Lease lease) {
        for (ScoreSender.Score due : self.due()) {
            Optional<String> error = sender.send(due, keys.signing());
            self.record(due, error.orElse(null));
        }
    }

    /** The scores due now (at most a batch). */
    @Transactional
    public List<ScoreSender.Score> due() {
        List<ScoreSender.Score> due = new java.util.ArrayList<>();
        for (LtiLink l : em.createNamedQuery(LtiLink.DUE, LtiLink.class).setParameter("now", clock.instant())
                .setMaxResults(BATCH).getResultList()) {
            LtiPlatform platform = em.find(LtiPlatform.class, l.getPlatformId());
            if (platform != null) {
                due.add(new ScoreSender.Score(l.getId(), platform.getTokenUrl(), platform.getClientId(), l.getLineItemUrl(), l.getUserSubject(), l.getScoreGiven(),
                        l.getScoreMaximum(), l.getActivityProgress(), l.getGradingProgress(), l.getScoredAt()));
            }
        }
        return due;
    }

    /** Records a send; a score replaced meanwhile stays due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(ScoreSender.Score due, String error) {
        LtiLink link = em.find(LtiLink.class, due.linkId());
        if (link == null || link.getScoredAt() == null || !link.getScoredAt().equals(due.scoredAt())) {
            return;
        }
        Instant now = clock.instant();
        if (error == null) {
            link.sent(now);
        } else {
            link.failed(error, now, Duration.ofSeconds(retrySeconds), Duration.ofSeconds(retryMaxSeconds), maxAttempts);
            LOG.warning(() -> "A score for " + due.lineItem() + " was not taken (attempt " + link.getAttempts() + "): " + error);
        }
    }
}
