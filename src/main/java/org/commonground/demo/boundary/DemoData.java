package org.commonground.demo.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.HashMap;
import org.commonground.identity.boundary.Accounts;
import org.commonground.identity.entity.Account;
import org.commonground.organisation.boundary.JoinCodes;
import org.commonground.organisation.boundary.ManagerScopes;
import org.commonground.organisation.boundary.Memberships;
import org.commonground.organisation.boundary.Organisations;
import org.commonground.organisation.entity.Organisation;
import org.commonground.organisation.entity.Team;
import org.commonground.identity.entity.Role;
import org.commonground.platform.boundary.Bootstrap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Event;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.commonground.assessment.boundary.QuizScored;
import org.commonground.authoring.boundary.Drafts;
import org.commonground.authoring.boundary.Reviews;
import org.commonground.content.control.ContentWriter;
import org.commonground.content.entity.CompletionRule;
import org.commonground.content.entity.ModuleUnit;
import org.commonground.content.entity.Stage;
import org.commonground.content.entity.Unit;
import org.commonground.content.entity.WorksheetPart;
import org.commonground.identity.boundary.Caller;
import org.commonground.learning.boundary.AssignmentChanged;
import org.commonground.learning.boundary.Assignments;
import org.commonground.learning.entity.Assignment;
import org.commonground.learning.boundary.Journey;
import org.commonground.progress.boundary.Progress;
import org.commonground.reflection.boundary.SharedResponses;
import org.commonground.reflection.boundary.Worksheets;
import org.commonground.reflection.control.AnswerCodec;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads {@code seeds/demo.yaml} when demo data is switched on. Idempotent: what
 * already exists (accounts by email, a team's assignment of a module, a person's work
 * in a module, the draft sent to the reviewer, the trainer's changed module) is left as it is, so restarts change
 * nothing. People's work goes through the same boundaries and events as their own
 * clicks would (acting as each person), so stored progress is what the pages expect;
 * due dates are counted from the platform clock's today when the data is loaded.
 */
@ApplicationScoped
public class DemoData {

    static final String SEEDS = "shipped/seeds/demo.yaml";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "commonground.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Inject
    ManagerScopes managerScopes;

    @Inject
    JoinCodes joinCodes;

    @Inject
    Caller caller;

    @Inject
    RequestContextController requestContext;

    @Inject
    Assignments assignments;

    @Inject
    Progress progress;

    @Inject
    Journey journey;

    @Inject
    Worksheets worksheets;

    @Inject
    SharedResponses sharedResponses;

    @Inject
    Drafts drafts;

    @Inject
    Reviews reviews;

    @Inject
    Event<QuizScored> quizScored;

    @Inject
    Event<AssignmentChanged> assignmentChanged;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Inject
    java.time.Clock clock;

    /** All in one transaction: the seeds are loaded completely or not at all. */
    @jakarta.transaction.Transactional
    void load(@Observes @Priority(Bootstrap.SCHEMA_READY + 300) Startup startup) {
        if (enabled) {
            apply(read());
        }
    }

    /** Loads these seeds (in the shape of {@code seeds/demo.yaml}) now, in one transaction. */
    @jakarta.transaction.Transactional
    public void load(Map<String, Object> seeds) {
        apply(seeds);
    }

    private void apply(Map<String, Object> seeds) {
        boolean activated = requestContext.activate();
        try {
            loadSeeds(seeds);
        } finally {
            caller.actAs(null, null);
            if (activated) {
                requestContext.deactivate();
            }
        }
    }

    private void loadSeeds(Map<String, Object> seeds) {
        String password = (String) seeds.get("password");
        Map<String, Object> org = DemoData.<Object>map(seeds.get("organisation"));
        Organisation organisation = organisations.ensure((String) org.get("uuid"), (String) org.get("name"));
        Map<String, Team> teams = new HashMap<>();
        for (Map<String, Object> team : DemoData.<Map<String, Object>>list(org.get("teams"))) {
            teams.put((String) team.get("uuid"), organisations.ensureTeam(organisation, (String) team.get("uuid"), (String) team.get("name")));
        }
        if (org.get("join_code") != null) {
            joinCodes.ensure(organisation, (String) org.get("join_code"), 365);
        }
        int created = 0;
        for (Map<String, Object> person : DemoData.<Map<String, Object>>list(seeds.get("accounts"))) {
            String email = (String) person.get("email");
            Account account = accounts.findByEmail(email).orElse(null);
            if (account == null) {
                Role[] roles = DemoData.<Object>list(person.get("roles")).stream().map(Object::toString)
                        .filter(r -> !r.equals("MANAGER")).map(Role::valueOf).toArray(Role[]::new);
                account = accounts.create((String) person.get("name"), email, password, false, roles);
                created++;
            }
            if (person.get("staff_group") != null) {
                List<Team> theirTeams = DemoData.<String>list(person.get("teams")).stream().map(teams::get).toList();
                memberships.ensure(account, organisation, (String) person.get("staff_group"), theirTeams);
            }
            for (String managed : DemoData.<String>list(person.get("manages"))) {
                if (!managed.equals("organisation") && !teams.containsKey(managed)) {
                    throw new IllegalStateException("Demo data: " + email + " manages " + managed + ", which is not one of its teams");
                }
                managerScopes.ensure(account, organisation, managed.equals("organisation") ? null : teams.get(managed));
            }
        }
        LocalDate today = progress.today();
        for (Map<String, Object> assignment : DemoData.<Map<String, Object>>list(seeds.get("assignments"))) {
            String team = (String) assignment.get("team");
            String module = (String) assignment.get("module");
            if (!teams.containsKey(team)) {
                throw new IllegalStateException("Demo data: an assignment names " + team + ", which is not one of its teams");
            }
            LocalDate due = today.plusDays(((Number) assignment.get("due_in_days")).longValue());
            Integer renewal = (Integer) assignment.get("renewal_months");
            Account by = account((String) assignment.get("by"));
            as(by, () -> {
                if (assignments.forTeam(team).stream().anyMatch(a -> a.moduleUuid().equals(module))) {
                    return;
                }
                if (due.isBefore(today)) {
                    // The page refuses a due date in the past; an overdue one is an assignment made
                    // earlier whose date has passed. Stored as the page would store it, and the same
                    // event brings the team's statuses (and reminders) up to date.
                    Team assignedTo = teams.get(team);
                    em.persist(new Assignment(module, organisation.getId(), assignedTo.getId(), null, due, renewal, by.getId(),
                            clock.instant()));
                    assignmentChanged.fire(new AssignmentChanged(assignedTo.getId(), null));
                } else {
                    assignments.assignToTeam(team, module, due, renewal);
                }
            });
        }
        int person = 0;
        for (Map<String, Object> work : DemoData.<Map<String, Object>>list(seeds.get("work"))) {
            Account account = account((String) work.get("email"));
            int tagOffset = person++;
            as(account, () -> work(account, (String) work.get("module"), work.get("units"), tagOffset,
                    Boolean.TRUE.equals(work.get("share"))));
        }
        Map<String, Object> draft = DemoData.<Object>map(seeds.get("draft_under_review"));
        if (!draft.isEmpty()) {
            Account reviewer = account((String) draft.get("reviewer"));
            boolean sent = asGet(reviewer, () -> !reviews.waiting().isEmpty());
            if (!sent) {
                Account trainer = account((String) draft.get("trainer"));
                as(trainer, () -> {
                    String moduleUuid = drafts.create((String) draft.get("title"), Stage.valueOf((String) draft.get("stage")))
                            .getModule().getUuid();
                    reviews.send(moduleUuid, Set.of(reviewer.getId()));
                });
            }
        }
        changedModule(DemoData.<Object>map(seeds.get("changed_module")));
        int count = created;
        LOG.info(() -> "Demo data loaded: " + organisation.getName() + ", " + teams.size() + " teams, " + count + " accounts created");
    }

    /**
     * A module of the trainer's own: published, assigned to a team, completed by some of its
     * people, then published again with a material change, so their completions need a
     * refresh. All as the people would do it on the pages; nothing when a module already has
     * the title (a second load).
     */
    private void changedModule(Map<String, Object> seed) {
        if (seed.isEmpty()) {
            return;
        }
        String title = (String) seed.get("title");
        if (!em.createQuery("select v.id from ModuleVersion v where v.title = :title", Long.class).setParameter("title", title)
                .setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Account trainer = account((String) seed.get("trainer"));
        String stage = (String) seed.get("stage");
        String moduleUuid = asGet(trainer, () -> {
            String uuid = drafts.create(title, Stage.valueOf(stage)).getModule().getUuid();
            Drafts.Opened opened = drafts.get(uuid);
            drafts.saveModule(uuid, opened.files().get(opened.modulePath()).getVersion(), opened.module().withFraming(title,
                    (String) seed.get("summary"), stage, (String) seed.get("stage_reason"), DemoData.<String>list(seed.get("outcomes"))));
            writeUnit(uuid, seed, (String) seed.get("text"));
            drafts.publish(uuid, false);
            return uuid;
        });
        LocalDate due = progress.today().plusDays(((Number) seed.get("due_in_days")).longValue());
        as(account((String) seed.get("by")), () -> assignments.assignToTeam((String) seed.get("team"), moduleUuid, due, null));
        for (String email : DemoData.<String>list(seed.get("completed_by"))) {
            Account learner = account(email);
            as(learner, () -> work(learner, moduleUuid, "all", 0, false));
        }
        as(trainer, () -> {
            drafts.edit(moduleUuid);
            writeUnit(moduleUuid, seed, (String) seed.get("changed_text"));
            drafts.publish(moduleUuid, true);
        });
    }

    /** The draft's one unit, with the seed's title, objectives, summary and this text. */
    private void writeUnit(String moduleUuid, Map<String, Object> seed, String text) {
        Drafts.Opened opened = drafts.get(moduleUuid);
        String path = drafts.outline(opened).get(0).unitPath();
        String unitUuid = opened.module().units().get(0).unit();
        drafts.saveItem(moduleUuid, path, opened.files().get(path).getVersion(), ContentWriter.unit(new Unit(unitUuid,
                (String) seed.get("unit_title"), 10, DemoData.<String>list(seed.get("objectives")), List.of(),
                (String) seed.get("summary_points"), List.of(), text)));
    }

    private Account account(String email) {
        return accounts.findByEmail(email)
                .orElseThrow(() -> new IllegalStateException("Demo data: no account " + email + " among its accounts"));
    }

    private void as(Account account, Runnable work) {
        asGet(account, () -> {
            work.run();
            return null;
        });
    }

    private <T> T asGet(Account account, java.util.function.Supplier<T> work) {
        caller.actAs(account.getId(), account.getRoles());
        try {
            return work.get();
        } finally {
            caller.actAs(null, null);
        }
    }

    /**
     * A person works through the first units of a module ("all" or a number), as they
     * would on its pages: each unit opened, then read, its worksheet filled in and
     * submitted, its quiz passed. Someone who has already started the module is left alone.
     */
    private void work(Account account, String moduleUuid, Object units, int tagOffset, boolean share) {
        Journey.Opened opened = journey.module(moduleUuid);
        if (opened.progress() != null) {
            return;
        }
        List<ModuleUnit> all = opened.definition().units();
        int count = "all".equals(units) ? all.size() : Math.min(all.size(), ((Number) units).intValue());
        for (ModuleUnit unit : all.subList(0, count)) {
            String unitUuid = unit.unit().uuid();
            journey.visit(moduleUuid, unitUuid);
            if (unit.worksheet().isPresent()) {
                for (WorksheetPart part : unit.worksheet().get().parts()) {
                    worksheets.save(moduleUuid, unitUuid, part.uuid(), answer(part, tagOffset), 0);
                }
                worksheets.submit(moduleUuid, unitUuid);
                if (share) {
                    sharedResponses.share(moduleUuid, unitUuid, true, true);
                }
            }
            if (unit.completeWhen() == CompletionRule.READ) {
                journey.markRead(moduleUuid, unitUuid);
            } else if (unit.completeWhen() == CompletionRule.QUIZ_PASSED) {
                quizScored.fire(new QuizScored(account.getId(), moduleUuid, unitUuid, true));
            }
        }
    }

    /** A plausible answer: some words, tags that differ a little from person to person, every item ticked. */
    private static AnswerCodec.Answer answer(WorksheetPart part, int offset) {
        if (part instanceof WorksheetPart.Prompt prompt) {
            Set<String> tags = new LinkedHashSet<>();
            if (!prompt.tags().isEmpty()) {
                tags.add(prompt.tags().get(0));
                tags.add(prompt.tags().get(offset % prompt.tags().size()));
            }
            return new AnswerCodec.Answer("We talked this through as a team and agreed what we will change first.", tags,
                    List.of(), Set.of());
        }
        if (part instanceof WorksheetPart.Table table) {
            Map<String, String> row = new HashMap<>();
            for (WorksheetPart.Column column : table.columns()) {
                row.put(column.key(), column.choice() && !column.choices().isEmpty() ? column.choices().get(0) : "Agreed at the team meeting");
            }
            return new AnswerCodec.Answer("", Set.of(), List.of(row), Set.of());
        }
        if (part instanceof WorksheetPart.Checklist checklist) {
            Set<String> checked = new LinkedHashSet<>();
            checklist.items().forEach(i -> checked.add(i.key()));
            return new AnswerCodec.Answer("", Set.of(), List.of(), checked);
        }
        return AnswerCodec.Answer.empty();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> read() {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(SEEDS)) {
            if (in == null) {
                throw new IllegalStateException("Demo data is switched on but " + SEEDS + " is missing from the WAR");
            }
            return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> map(Object value) {
        return value == null ? Map.of() : (Map<String, T>) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return value == null ? List.of() : (List<T>) value;
    }
}
