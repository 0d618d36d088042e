package org.commonground.maturity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.commonground.progress.boundary.Progress;
import org.commonground.progress.entity.ModuleStatus;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.content.boundary.Frameworks;
import org.commonground.content.entity.Framework;
import org.commonground.content.entity.Stage;
import org.commonground.identity.boundary.Caller;
import org.commonground.maturity.control.MaturityRules;
import org.commonground.maturity.entity.Assessment;
import org.commonground.maturity.entity.AssessmentChange;
import org.commonground.organisation.boundary.Organisations;
import org.commonground.organisation.entity.Organisation;
import org.commonground.organisation.entity.Team;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;

/**
 * Where an organisation stands on the skills-and-capacity framework. Training
 * activities are evidenced from completion (the share of the named staff groups who
 * completed the named modules, against the organisation's threshold); the rest are
 * judged by its organisation-wide managers, with a note, a link, a date and a history.
 */
@ApplicationScoped
public class Maturity {

    public static final int DEFAULT_THRESHOLD = 80;

    @PersistenceContext
    EntityManager em;

    @Inject
    Progress progress;

    @Inject
    Organisations organisations;

    @Inject
    Frameworks frameworks;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    org.commonground.reflection.boundary.FollowUps followUps;

    /** One activity with its evidence. */
    public record Activity(Framework.Activity activity, boolean met, long completed, long staff, int threshold,
            Assessment assessment) {

        public long getPercent() {
            return staff == 0 ? 0 : Math.round(completed * 100.0 / staff);
        }
    }

    /**
     * Supporting evidence of lasting practice beside a training activity: how many current
     * members answered a practice follow-up on its modules, 30 and 90 days after completing
     * them. A count below the themes' minimum of people is not shown, as it could point to someone.
     */
    public record PracticeEvidence(long after30, long after90) {

        public boolean isShown30() {
            return after30 >= org.commonground.reporting.boundary.ReflectionThemes.MINIMUM;
        }

        public boolean isShown90() {
            return after90 >= org.commonground.reporting.boundary.ReflectionThemes.MINIMUM;
        }

        public int getMinimum() {
            return org.commonground.reporting.boundary.ReflectionThemes.MINIMUM;
        }
    }

    /** One stage with its activities. */
    public record StageView(Stage stage, String description, List<Activity> activities) {

        public boolean isMet() {
            return activities.stream().allMatch(Activity::met);
        }
    }

    /** A change in the history of self-assessments. */
    public record Change(Instant at, String activity, Assessment.Status status, String note, String by) {
    }

    /** The whole page. */
    public record View(Organisation organisation, Framework framework, List<StageView> stages, Optional<Stage> reached,
            Optional<StageView> next, int threshold, List<Change> history) {
    }

    public View view(String organisationUuid) {
        Organisation organisation = organisations.open(organisationUuid);
        Framework framework = frameworks.current().orElseThrow(() -> new NotFoundException("maturity.framework.missing"));
        int threshold = threshold(organisation);
        Map<String, Assessment> assessments = new java.util.HashMap<>();
        em.createQuery("select a from Assessment a where a.organisationId = :o", Assessment.class)
                .setParameter("o", organisation.getId()).getResultList().forEach(a -> assessments.put(a.getActivityUuid(), a));
        List<StageView> stages = new ArrayList<>();
        Map<Stage, List<Boolean>> met = new EnumMap<>(Stage.class);
        for (Framework.StageActivities stage : framework.stages()) {
            List<Activity> activities = new ArrayList<>();
            for (Framework.Activity activity : stage.activities()) {
                Activity evidenced;
                if (activity.byTraining()) {
                    long staff = staff(organisation, activity);
                    long done = completed(organisation, activity);
                    evidenced = new Activity(activity, MaturityRules.trainingMet(done, staff, threshold), done, staff, threshold, null);
                } else {
                    Assessment a = assessments.get(activity.uuid());
                    evidenced = new Activity(activity, a != null && a.getStatus() == Assessment.Status.MET, 0, 0, threshold, a);
                }
                activities.add(evidenced);
                met.computeIfAbsent(stage.stage(), s -> new ArrayList<>()).add(evidenced.met());
            }
            stages.add(new StageView(stage.stage(), stage.description(), activities));
        }
        Optional<Stage> reached = MaturityRules.stage(met);
        Optional<StageView> next = stages.stream().filter(s -> reached.isEmpty() || s.stage().ordinal() > reached.get().ordinal())
                .findFirst();
        List<Change> history = em.createQuery("select new org.commonground.maturity.boundary.Maturity.Change(h.changedAt,"
                + " h.activityUuid, h.status, h.note, a.displayName) from AssessmentChange h left join Account a on a.id = h.assessedBy"
                + " where h.organisationId = :o order by h.changedAt desc", Change.class)
                .setParameter("o", organisation.getId()).setMaxResults(100).getResultList();
        return new View(organisation, framework, stages, reached, next, threshold, history);
    }

    /** Practice follow-up evidence for each training activity of the page, by activity uuid: one statement. */
    public Map<String, PracticeEvidence> practiceEvidence(View view) {
        List<org.commonground.reflection.boundary.FollowUps.Answered> answered = followUps.answeredAmong(view.organisation(), null);
        Map<String, PracticeEvidence> evidence = new HashMap<>();
        for (StageView stage : view.stages()) {
            for (Activity activity : stage.activities()) {
                if (activity.activity().byTraining()) {
                    evidence.put(activity.activity().uuid(), new PracticeEvidence(
                            people(answered, activity.activity(), org.commonground.reflection.boundary.FollowUps.FIRST),
                            people(answered, activity.activity(), org.commonground.reflection.boundary.FollowUps.SECOND)));
                }
            }
        }
        return evidence;
    }

    private static long people(List<org.commonground.reflection.boundary.FollowUps.Answered> answered,
            Framework.Activity activity, int days) {
        return answered.stream().filter(a -> a.afterDays() == days && activity.modules().contains(a.moduleUuid()))
                .map(org.commonground.reflection.boundary.FollowUps.Answered::accountId).distinct().count();
    }

    /** A team's share of the training evidence, for its managers. */
    public List<Activity> teamEvidence(String teamUuid) {
        Team team = organisations.openTeam(teamUuid);
        Optional<Framework> framework = frameworks.current();
        if (framework.isEmpty()) {
            return List.of();
        }
        int threshold = threshold(team.getOrganisation());
        List<Activity> evidence = new ArrayList<>();
        for (Framework.StageActivities stage : framework.get().stages()) {
            for (Framework.Activity activity : stage.activities()) {
                if (activity.byTraining()) {
                    List<Long> members = teamStaff(team, activity);
                    long staff = members.size();
                    long done = completedAmong(members, activity);
                    evidence.add(new Activity(activity, MaturityRules.trainingMet(done, staff, threshold), done, staff, threshold, null));
                }
            }
        }
        return evidence;
    }

    @Transactional
    public void assess(String organisationUuid, String activityUuid, Assessment.Status status, String note, String evidence,
            LocalDate on) {
        Organisation organisation = organisations.open(organisationUuid);
        Framework framework = frameworks.current().orElseThrow(() -> new NotFoundException("maturity.framework.missing"));
        boolean selfAssessed = framework.stages().stream().flatMap(s -> s.activities().stream())
                .anyMatch(a -> a.uuid().equals(activityUuid) && !a.byTraining());
        if (!selfAssessed) {
            throw new NotFoundException("maturity.activity.notFound");
        }
        if (status == null) {
            throw BusinessException.onField("status", "maturity.assess.status");
        }
        if (evidence != null && !evidence.isBlank() && !evidence.strip().matches("https?://\\S+")) {
            throw BusinessException.onField("evidence", "maturity.assess.evidence");
        }
        if (note != null && note.length() > 2000) {
            throw BusinessException.onField("note", "maturity.assess.note");
        }
        Assessment assessment = em.createQuery("select a from Assessment a where a.organisationId = :o and a.activityUuid = :u",
                Assessment.class).setParameter("o", organisation.getId()).setParameter("u", activityUuid)
                .getResultStream().findFirst().orElseGet(() -> {
                    Assessment created = new Assessment(organisation.getId(), activityUuid);
                    em.persist(created);
                    return created;
                });
        Instant now = clock.instant();
        assessment.record(status, note, evidence, on == null ? LocalDate.now(clock) : on, caller.id(), now);
        em.persist(new AssessmentChange(assessment, now));
    }

    @Transactional
    public void setThreshold(String organisationUuid, int percent) {
        Organisation organisation = organisations.open(organisationUuid);
        if (percent < 1 || percent > 100) {
            throw BusinessException.onField("threshold", "maturity.threshold.range");
        }
        organisation.setTrainingThreshold(percent);
    }

    /** The team's current members in the activity's staff groups: at most a team's size, whatever the organisation's. */
    private List<Long> teamStaff(Team team, Framework.Activity activity) {
        return em.createQuery("select m.account.id from Membership m join m.teams t where t = :team and m.endedAt is null"
                + " and m.staffGroup in :groups", Long.class).setParameter("team", team)
                .setParameter("groups", activity.staffGroups()).getResultList();
    }

    /** How many of these people are current (by the one policy) on every module the activity names. */
    private long completedAmong(List<Long> accounts, Framework.Activity activity) {
        if (accounts.isEmpty()) {
            return 0;
        }
        return currentOnAll(em.createQuery("select s from ModuleStatus s where s.accountId in :accounts"
                + " and s.moduleUuid in :modules", ModuleStatus.class).setParameter("accounts", accounts)
                .setParameter("modules", activity.modules()).getResultList(), activity);
    }

    private long currentOnAll(List<ModuleStatus> statuses, Framework.Activity activity) {
        Map<Long, Long> currentModules = new HashMap<>();
        for (ModuleStatus status : statuses) {
            if (progress.verdict(status).status().isCurrent()) {
                currentModules.merge(status.getAccountId(), 1L, Long::sum);
            }
        }
        return currentModules.values().stream().filter(n -> n == activity.modules().size()).count();
    }

    private static int threshold(Organisation organisation) {
        return organisation.getTrainingThreshold() == null ? DEFAULT_THRESHOLD : organisation.getTrainingThreshold();
    }

    private long staff(Organisation organisation, Framework.Activity activity) {
        return em.createQuery("select count(m) from Membership m where m.organisation = :o and m.endedAt is null"
                + " and m.staffGroup in :groups", Long.class)
                .setParameter("o", organisation).setParameter("groups", activity.staffGroups()).getSingleResult();
    }

    private long completed(Organisation organisation, Framework.Activity activity) {
        return currentOnAll(em.createQuery("select s from ModuleStatus s, Membership m where m.account.id = s.accountId"
                + " and m.organisation = :o and m.endedAt is null and m.staffGroup in :groups and s.moduleUuid in :modules",
                ModuleStatus.class).setParameter("o", organisation).setParameter("groups", activity.staffGroups())
                .setParameter("modules", activity.modules()).getResultList(), activity);
    }
}
