package org.commonground.bench;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.flywaydb.core.Flyway;

/**
 * Builds a large, realistic data set for benchmarks: one organisation, learners in
 * teams of about 50, 40 modules of 4 units each, assignments with due dates (every
 * module to every team unless {@code --assigned N}), and progress history (started,
 * completed, quiz attempts with answers, reflections).
 * Deterministic for a seed: the same arguments give the same data. Every learner
 * shares one precomputed password hash, so building 10,000 accounts takes seconds.
 *
 * <pre>
 * mvn -Pbench -q test-compile exec:java -Dexec.args="--learners 10000 --seed 42 --url jdbc:h2:file:/tmp/cg/h2/commonground"
 * </pre>
 * Then start the platform on that database (see README, "Benchmarks"). Sign in as
 * {@code learner1@bench.commonground.test}, {@code manager1@...} (team 1) or
 * {@code orgmanager@...}, all with the password {@code bench-password-2026}. With
 * {@code --trainers N} it adds {@code trainer1..N@...} too; {@code --add-trainers N --url ...}
 * adds only them to a data set built before.
 */
public final class DataGenerator {

    public static final String PASSWORD = "bench-password-2026";
    static final int TEAM_SIZE = 50;
    static final int MODULES = 40;
    static final int UNITS = 4;
    static final String[] STAGES = {"EMERGING", "DEVELOPING", "MATURING", "THRIVING"};
    static final String[] GROUPS = {"frontline_practitioner", "frontline_practitioner", "frontline_practitioner",
            "engagement_practitioner", "support_staff", "manager"};
    static final String[] TAGS = {"language", "cost", "stigma", "digital"};
    static final List<String> TABLE_ORDER = List.of("organisation", "team", "learning_module", "module_version",
            "module_version_file", "module_version_unit", "account", "account_role", "membership", "team_member",
            "manager_scope", "assignment", "module_progress", "unit_progress", "quiz_attempt", "quiz_answer", "completion",
            "module_status", "worksheet_response", "worksheet_answer");

    private final int assignedPerTeam;
    private final Random random;
    private final Connection db;
    private long nextId = 1_000_000_000L;
    private final Instant now = Instant.parse("2026-11-01T09:00:00Z");
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    private int pending;

    private DataGenerator(Connection db, long seed, int assignedPerTeam) {
        this.db = db;
        this.assignedPerTeam = Math.min(MODULES, assignedPerTeam);
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int learners = Integer.parseInt(options.getOrDefault("learners", "1000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        String url = options.getOrDefault("url", "jdbc:h2:file:./target/bench-data/h2/commonground");
        String user = options.getOrDefault("user", "commonground");
        String password = options.getOrDefault("password", "commonground");
        int trainers = Integer.parseInt(options.getOrDefault("trainers", "0"));
        Instant started = Instant.now();
        if (options.containsKey("add-trainers")) {
            try (Connection db = DriverManager.getConnection(url, user, password)) {
                addTrainers(db, Integer.parseInt(options.get("add-trainers")));
            }
            return;
        }
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            DataGenerator generator = new DataGenerator(db, seed,
                    Integer.parseInt(options.getOrDefault("assigned", Integer.toString(MODULES))));
            generator.generate(learners);
            db.commit();
            if (trainers > 0) {
                addTrainers(db, trainers);
            }
        }
        System.out.printf("Generated %,d learners in %d s into %s%n", learners,
                Duration.between(started, Instant.now()).toSeconds(), url);
    }

    /**
     * Trainer accounts {@code trainer1@bench.commonground.test} ... (learner and trainer
     * roles, the shared password), for load tests of authoring; skips those that exist,
     * so it can run again on a data set built without them. Their ids come from the
     * platform's own sequence: of two blocks of 50 taken in a row, the ids strictly
     * between the two values are free whichever end of its block the platform counts from.
     */
    static void addTrainers(Connection db, int count) throws Exception {
        if (count > 48) {
            throw new IllegalArgumentException("at most 48 trainers");
        }
        db.setAutoCommit(false);
        DataGenerator generator = new DataGenerator(db, 0, 0);
        try (Statement statement = db.createStatement()) {
            generator.nextId = nextValue(statement) + 1;
            nextValue(statement);
        }
        String hash = hash(PASSWORD);
        int added = 0;
        for (int t = 1; t <= count; t++) {
            String email = "trainer" + t + "@bench.commonground.test";
            try (PreparedStatement exists = db.prepareStatement("select count(*) from account where email_key = ?")) {
                exists.setString(1, email);
                try (java.sql.ResultSet result = exists.executeQuery()) {
                    result.next();
                    if (result.getInt(1) > 0) {
                        continue;
                    }
                }
            }
            generator.account(email, "Trainer " + t, hash, "TRAINER");
            added++;
        }
        generator.flush();
        db.commit();
        System.out.printf("Added %d trainer accounts (trainer1..%d@bench.commonground.test)%n", added, count);
    }

    private static long nextValue(Statement statement) throws SQLException {
        boolean h2 = statement.getConnection().getMetaData().getDatabaseProductName().startsWith("H2");
        try (java.sql.ResultSet result = statement.executeQuery(h2 ? "select next value for cg_id_seq"
                : "select nextval('cg_id_seq')")) {
            result.next();
            return result.getLong(1);
        }
    }

    private long id() {
        return nextId++;
    }

    private void generate(int learners) throws Exception {
        String hash = hash(PASSWORD);
        long organisation = id();
        insert("insert into organisation (id, version, uuid, name, created_at) values (?,?,?,?,?)",
                organisation, 1L, uuid(), "Bench Health Partnership", ts(now.minus(Duration.ofDays(400))));
        List<String> modules = modules();
        int teams = Math.max(1, (learners + TEAM_SIZE - 1) / TEAM_SIZE);
        long orgManager = account("orgmanager@bench.commonground.test", "Organisation Manager", hash, "MANAGER");
        membership(orgManager, organisation, "manager");
        insert("insert into manager_scope (id, account_id, organisation_id, team_id, granted_at, granted_by) values (?,?,?,?,?,?)",
                id(), orgManager, organisation, null, ts(now), null);
        int learner = 0;
        for (int t = 0; t < teams; t++) {
            long team = id();
            insert("insert into team (id, version, uuid, organisation_id, name, created_at) values (?,?,?,?,?,?)",
                    team, 1L, uuid(), organisation, "Team " + (t + 1), ts(now.minus(Duration.ofDays(300))));
            List<String> assigned = new ArrayList<>();
            while (assigned.size() < assignedPerTeam) {
                String m = modules.get(random.nextInt(modules.size()));
                if (!assigned.contains(m)) {
                    assigned.add(m);
                }
            }
            Map<String, LocalDate> due = new LinkedHashMap<>();
            Map<String, Integer> renewal = new LinkedHashMap<>();
            for (String m : assigned) {
                LocalDate dueOn = LocalDate.of(2026, 11, 1).plusDays(random.nextInt(180) - 60);
                due.put(m, dueOn);
                Integer months = random.nextInt(4) == 0 ? 24 : null;
                renewal.put(m, months);
                insert("insert into assignment (id, version, module_uuid, organisation_id, team_id, account_id, due_on,"
                        + " renewal_months, assigned_by, created_at, withdrawn_at) values (?,?,?,?,?,?,?,?,?,?,?)",
                        id(), 1L, m, organisation, team, null, java.sql.Date.valueOf(dueOn),
                        months, orgManager, ts(now.minus(Duration.ofDays(200))), null);
            }
            int size = Math.min(TEAM_SIZE, learners - learner);
            for (int i = 0; i < size; i++) {
                learner++;
                boolean manager = i == 0;
                long account = account((manager ? "manager" + (t + 1) : "learner" + learner) + "@bench.commonground.test",
                        (manager ? "Manager " + (t + 1) : "Learner " + learner), hash, manager ? "MANAGER" : null);
                long membership = membership(account, organisation, manager ? "manager" : GROUPS[random.nextInt(GROUPS.length)]);
                insert("insert into team_member (membership_id, team_id) values (?,?)", membership, team);
                if (manager) {
                    insert("insert into manager_scope (id, account_id, organisation_id, team_id, granted_at, granted_by)"
                            + " values (?,?,?,?,?,?)", id(), account, organisation, team, ts(now), orgManager);
                }
                for (String m : assigned) {
                    boolean started = random.nextInt(10) < 7;
                    boolean completed = random.nextInt(10) < 7;
                    status(account, m, progress(account, m, started, completed), due.get(m), renewal.get(m));
                }
                String extra = modules.get(random.nextInt(modules.size()));
                if (random.nextInt(10) < 3 && !assigned.contains(extra)) {
                    status(account, extra, progress(account, extra, true, random.nextBoolean()), null, null);
                }
                if (random.nextInt(10) < 3) {
                    reflection(account, assigned.get(0));
                }
            }
        }
        flush();
        try (Statement statement = db.createStatement()) {
            statement.execute("alter sequence cg_id_seq restart with " + ((nextId / 50) + 1) * 50);
        }
    }

    private List<String> modules() throws SQLException {
        List<String> uuids = new ArrayList<>();
        for (int m = 0; m < MODULES; m++) {
            String uuid = uuid();
            uuids.add(uuid);
            long module = id();
            insert("insert into learning_module (id, version, uuid, folder, current_version, files_fingerprint,"
                    + " edited_in_browser, files_differ, pending_fingerprint, created_at) values (?,?,?,?,?,?,?,?,?,?)",
                    module, 1L, uuid, "bench-" + (m + 1), 1, null, false, false, null, ts(now.minus(Duration.ofDays(365))));
            long version = id();
            String stage = STAGES[m % STAGES.length];
            insert("insert into module_version (id, module_id, number, status, source, title, stage, unit_count, minutes,"
                    + " fingerprint, material, created_at, published_at, created_by) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    version, module, 1, "PUBLISHED", "FILES", "Bench module " + (m + 1), stage, UNITS, UNITS * 10,
                    "bench", false, ts(now.minus(Duration.ofDays(365))), ts(now.minus(Duration.ofDays(365))), null);
            StringBuilder yaml = new StringBuilder("uuid: " + uuid + "\ntitle: Bench module " + (m + 1)
                    + "\nsummary: A generated module for benchmarks.\nstage: " + stage.toLowerCase()
                    + "\nstage_reason: Generated.\noutcomes:\n  - Finish the bench module.\nunits:\n");
            for (int u = 0; u < UNITS; u++) {
                String unit = unitUuid(uuid, u);
                String quiz = quizUuid(uuid, u);
                yaml.append("  - unit: ").append(unit).append("\n    quiz: ").append(quiz).append("\n    complete_when: quiz_passed\n");
                insert("insert into module_version_file (module_version_id, path, content) values (?,?,?)", version,
                        "content/units/bench-" + (m + 1) + "/0" + (u + 1) + ".md", "---\nuuid: " + unit + "\ntitle: Bench unit "
                        + (u + 1) + "\nminutes: 10\nobjectives:\n  - Read the bench unit.\nsummary: A generated unit.\n---\n\n"
                        + "## Section\n\nGenerated teaching text for the benchmark. ".repeat(20));
                insert("insert into module_version_file (module_version_id, path, content) values (?,?,?)", version,
                        "content/quizzes/bench-" + (m + 1) + "/0" + (u + 1) + ".yaml", "uuid: " + quiz + "\ntitle: Bench quiz\n"
                        + "pass_mark: 50\ncounts: best\nquestions:\n  - uuid: " + questionUuid(uuid, u) + "\n    type: single\n"
                        + "    text: Pick a.\n    explanation: Because.\n    options:\n      - {key: a, text: A, correct: true,"
                        + " feedback: Right.}\n      - {key: b, text: B, correct: false, feedback: Wrong.}\n");
                insert("insert into module_version_unit (module_version_id, position, unit_uuid, title, complete_when)"
                        + " values (?,?,?,?,?)", version, u, unit, "Bench unit " + (u + 1), "QUIZ_PASSED");
            }
            insert("insert into module_version_file (module_version_id, path, content) values (?,?,?)", version,
                    "modules/bench-" + (m + 1) + "/module.yaml", yaml.toString());
        }
        return uuids;
    }

    /** What {@link #progress} wrote: units done and the completion, if any (null: not started). */
    private record Worked(int units, Instant completedAt) {
    }

    /** The stored status the platform keeps for a person and module (assigned when dueOn is set). */
    private void status(long account, String module, Worked worked, LocalDate dueOn, Integer renewalMonths) throws SQLException {
        Instant done = worked == null ? null : worked.completedAt();
        LocalDate renewOn = done == null || renewalMonths == null ? null
                : done.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate().plusMonths(renewalMonths);
        insert("insert into module_status (id, version, account_id, module_uuid, assigned, due_on, renewal_months, started,"
                + " units_done, completed_at, completed_version, renew_on, refresh_needed, attempts_used_up, exempt_until,"
                + " exempt_reason, exempt_by, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                id(), 1L, account, module, dueOn != null, dueOn == null ? null : java.sql.Date.valueOf(dueOn), renewalMonths,
                worked != null, worked == null ? 0 : worked.units(), done == null ? null : ts(done), done == null ? null : 1,
                renewOn == null ? null : java.sql.Date.valueOf(renewOn), false, false, null, null, null, ts(now));
    }

    private Worked progress(long account, String module, boolean started, boolean completed) throws SQLException {
        if (!started) {
            return null;
        }
        Instant start = now.minus(Duration.ofDays(30 + random.nextInt(330)));
        Instant done = completed ? start.plus(Duration.ofDays(random.nextInt(20))) : null;
        int units = completed ? UNITS : random.nextInt(UNITS);
        insert("insert into module_progress (id, version, account_id, module_uuid, module_version, started_at, last_unit_uuid,"
                + " last_visited_at, completed_at, completed_version) values (?,?,?,?,?,?,?,?,?,?)", id(), 1L, account, module, 1,
                ts(start), unitUuid(module, Math.max(0, units - 1)), ts(done == null ? start : done), done == null ? null : ts(done),
                completed ? 1 : null);
        for (int u = 0; u < units; u++) {
            Instant at = start.plus(Duration.ofHours(u * 6L + 1));
            insert("insert into unit_progress (id, version, account_id, module_uuid, unit_uuid, read_at, completed_at)"
                    + " values (?,?,?,?,?,?,?)", id(), 1L, account, module, unitUuid(module, u), ts(at), ts(at));
            int attempts = 1 + (random.nextInt(4) == 0 ? 1 : 0);
            for (int a = 1; a <= attempts; a++) {
                boolean passed = a == attempts;
                long attempt = id();
                insert("insert into quiz_attempt (id, account_id, module_uuid, module_version, unit_uuid, quiz_uuid, number,"
                        + " score, passed, submitted_at) values (?,?,?,?,?,?,?,?,?,?)", attempt, account, module, 1,
                        unitUuid(module, u), quizUuid(module, u), a, passed ? 100.0 : 0.0, passed, ts(at.plusSeconds(a * 60L)));
                insert("insert into quiz_answer (attempt_id, question_uuid, option_key) values (?,?,?)", attempt,
                        questionUuid(module, u), passed ? "a" : "b");
            }
        }
        if (done != null) {
            insert("insert into completion (id, account_id, module_uuid, module_version, completed_at, score) values (?,?,?,?,?,?)",
                    id(), account, module, 1, ts(done), null);
        }
        return new Worked(units, done);
    }

    private void reflection(long account, String module) throws SQLException {
        long response = id();
        insert("insert into worksheet_response (id, version, account_id, module_uuid, unit_uuid, worksheet_uuid, started_at,"
                + " submitted_at, shared_with_managers, shared_with_trainers, shared_at) values (?,?,?,?,?,?,?,?,?,?,?)",
                response, 1L, account, module, unitUuid(module, 0), "bench-worksheet-" + module.substring(0, 8),
                ts(now.minus(Duration.ofDays(10))), null, false, false, null);
        insert("insert into worksheet_answer (id, version, response_id, part_uuid, content, saved_at) values (?,?,?,?,?,?)",
                id(), 1L, response, "bench-part", "{\"text\":\"A generated reflection about the front desk.\",\"tags\":[\""
                        + TAGS[random.nextInt(TAGS.length)] + "\"]}", ts(now.minus(Duration.ofDays(10))));
    }

    private long account(String email, String name, String hash, String role) throws SQLException {
        long id = id();
        insert("insert into account (id, version, email, email_key, display_name, password_hash, must_change_password,"
                + " disabled, created_at) values (?,?,?,?,?,?,?,?,?)", id, 1L, email, email, name, hash, false, false,
                ts(now.minus(Duration.ofDays(365))));
        insert("insert into account_role (account_id, role) values (?,?)", id, "LEARNER");
        if (role != null) {
            insert("insert into account_role (account_id, role) values (?,?)", id, role);
        }
        return id;
    }

    private long membership(long account, long organisation, String group) throws SQLException {
        long id = id();
        insert("insert into membership (id, version, account_id, organisation_id, staff_group, started_at, ended_at)"
                + " values (?,?,?,?,?,?,?)", id, 1L, account, organisation, group, ts(now.minus(Duration.ofDays(360))), null);
        return id;
    }

    private void insert(String sql, Object... values) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = db.prepareStatement(sql);
            statements.put(sql, statement);
        }
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        if (++pending >= 5_000) {
            flush();
        }
    }

    /** Runs the batches parents first, so foreign keys hold. */
    private void flush() throws SQLException {
        List<Map.Entry<String, PreparedStatement>> ordered = new ArrayList<>(statements.entrySet());
        ordered.sort(Comparator.comparingInt(entry -> TABLE_ORDER.indexOf(entry.getKey().split(" ")[2])));
        for (Map.Entry<String, PreparedStatement> entry : ordered) {
            entry.getValue().executeBatch();
        }
        pending = 0;
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private static String unitUuid(String module, int unit) {
        return UUID.nameUUIDFromBytes((module + "/unit/" + unit).getBytes()).toString();
    }

    private static String quizUuid(String module, int unit) {
        return UUID.nameUUIDFromBytes((module + "/quiz/" + unit).getBytes()).toString();
    }

    private static String questionUuid(String module, int unit) {
        return UUID.nameUUIDFromBytes((module + "/question/" + unit).getBytes()).toString();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    /** The same PBKDF2-HMAC-SHA256 format the platform stores (600,000 iterations), computed once. */
    static String hash(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        int iterations = 600_000;
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        return "PBKDF2WithHmacSHA256:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
    }
}
