package org.commonground.bench.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The ceilings: the same server's fastest answers, a minimal servlet ({@code /bench/ceiling})
 * and a static file ({@code /bench/static.txt}), both only in the bench build. Each is
 * asked by {@code cg.users} clients in a loop with no think time, for
 * {@code cg.steady} seconds (servlet first, then the file); {@code cg.ceiling} picks one.
 */
public class CeilingSimulation extends Simulation {

    static final String TARGET = System.getProperty("cg.ceiling", "servlet");

    ScenarioBuilder ceiling = scenario("ceiling " + TARGET).exec(asLongAs(session -> Load.running()).on(
            Load.send("ceiling " + TARGET, Load.measured("ceiling " + TARGET, http("ceiling " + TARGET)
                    .get(TARGET.equals("servlet") ? "/bench/ceiling" : "/bench/static.txt"))
                    .check(substring(TARGET.equals("servlet") ? "ok" : "static-file ceiling").exists()))));

    {
        // No cache: a browser would revalidate the file (304); the ceiling is the full answer.
        setUp(ceiling.injectClosed(constantConcurrentUsers(Load.USERS).during(Load.RAMP.plus(Load.STEADY))))
                .protocols(Load.protocol().disableCaching());
    }

    @Override
    public void before() {
        Load.end = System.currentTimeMillis() + Load.RAMP.toMillis() + Load.STEADY.toMillis();
        Samples.window(Load.RAMP.toMillis(), Load.STEADY.toMillis(), Load.PID);
    }

    @Override
    public void after() {
        Samples.write(Load.OUT.resolve(Load.LABEL + ".tsv"), Load.LABEL);
    }
}
