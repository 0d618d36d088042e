package org.commonground.bench.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.tryMax;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The weighted mix of real use, {@code cg.users} people in all: learners 85 %,
 * managers with a team's dashboard and exports 10 %, trainers editing (in pairs on
 * one unit) 3 %, the organisation report 2 %. Each person signs in once, as a browser
 * does, then works with think time until the end of the run. Everyone arrives during
 * {@code cg.ramp} seconds; the figures of {@link Samples} are those of the following
 * {@code cg.steady} seconds.
 */
public class MixSimulation extends Simulation {

    static final int LEARNERS = (int) Math.round(Load.USERS * 0.85);
    static final int MANAGERS = Math.max(1, (int) Math.round(Load.USERS * 0.10));
    static final int TRAINERS = 2 * Math.max(1, (int) Math.round(Load.USERS * 0.03 / 2));
    static final int ORGANISATION = Math.max(1, (int) Math.round(Load.USERS * 0.02));

    /** Until the end of the run; a failed step ends the round, and the person starts the next one. */
    static ChainBuilder untilTheEnd(ChainBuilder round) {
        return asLongAs(session -> Load.running(), true).on(recovering(round));
    }

    /** A round that failed part-way is given up; the person pauses and starts the next. */
    static ChainBuilder recovering(ChainBuilder round) {
        return exitBlockOnFail().on(round).doIf(session -> session.isFailed())
                .then(exec(session -> session.markAsSucceeded()).exec(Load.think(5)));
    }

    /** Signs in (and what comes once after it), trying up to three times; a person who cannot, leaves. */
    static ChainBuilder start(ChainBuilder once) {
        return tryMax(3).on(Load.signIn("home (after sign-in)").exec(once)).exitHereIfFailed();
    }

    ScenarioBuilder learners = scenario("learners")
            .feed(Load.learners())
            .exec(start(exec(session -> session)))
            .exec(untilTheEnd(LearnerJourney.iteration()));

    ScenarioBuilder managers = scenario("managers")
            .feed(Load.managers())
            .exec(start(StaffJourneys.managerStart()))
            .exec(untilTheEnd(StaffJourneys.managerIteration()));

    ScenarioBuilder organisation = scenario("organisation report")
            .exec(session -> session.set("email", "orgmanager@bench.commonground.test"))
            .exec(start(StaffJourneys.organisationStart()))
            .exec(untilTheEnd(StaffJourneys.organisationIteration()));

    private static final AtomicInteger TRAINER = new AtomicInteger();

    /** Trainer k works in pair k / 2 on generated module (k / 2) % 40; the first of a pair saves first. */
    static Iterator<Map<String, Object>> trainers() {
        return Stream.generate(() -> {
            int k = TRAINER.getAndIncrement();
            return Map.<String, Object>of("email", "trainer" + (1 + k % Load.TRAINERS) + "@bench.commonground.test",
                    "first", k % 2 == 0, "pair", k / 2);
        }).iterator();
    }

    ScenarioBuilder trainers = scenario("trainers")
            .feed(trainers())
            .exec(start(StaffJourneys.trainerModule()))
            .exec(asLongAs(session -> Load.running(), true).on(pace(Duration.ofSeconds(Math.max(30, Math.round(60 * Load.THINK))))
                    .exec(recovering(exec(session -> session)
                            .doIfOrElse(session -> session.getBoolean("first"))
                            .then(StaffJourneys.trainerRound(true))
                            .orElse(StaffJourneys.trainerRound(false))))));

    {
        long ramp = Load.RAMP.toMillis();
        setUp(learners.injectOpen(rampUsers(LEARNERS).during(Load.RAMP)),
                managers.injectOpen(rampUsers(MANAGERS).during(Load.RAMP)),
                organisation.injectOpen(rampUsers(ORGANISATION).during(Load.RAMP)),
                trainers.injectOpen(nothingFor(Duration.ofMillis(ramp / 2)), atOnceUsers(TRAINERS)))
                .protocols(Load.protocol());
    }

    @Override
    public void before() {
        Load.end = System.currentTimeMillis() + Load.RAMP.toMillis() + Load.STEADY.toMillis();
        Samples.window(Load.RAMP.toMillis(), Load.STEADY.toMillis(), Load.PID);
        System.out.printf("Mix: %d learners, %d managers, %d trainers, %d organisation report%n",
                LEARNERS, MANAGERS, TRAINERS, ORGANISATION);
    }

    @Override
    public void after() {
        Samples.write(Load.OUT.resolve(Load.LABEL + ".tsv"), Load.LABEL);
    }
}
