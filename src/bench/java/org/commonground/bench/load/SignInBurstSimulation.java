package org.commonground.bench.load;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * A Monday-morning burst: {@code cg.users} (300) different learners sign in within
 * {@code cg.steady} (60) seconds, evenly spread; each opens the sign-in form and posts
 * it (the password hash is the platform's 600,000-iteration PBKDF2), then lands on
 * their first page. The window covers the whole burst and then waits for the last
 * answers.
 */
public class SignInBurstSimulation extends Simulation {

    ScenarioBuilder burst = scenario("sign-in burst")
            .feed(Load.learners())
            .exec(Load.signIn("home (after sign-in)"));

    {
        setUp(burst.injectOpen(rampUsers(Load.USERS).during(Load.STEADY))).protocols(Load.protocol());
    }

    @Override
    public void before() {
        Load.end = Long.MAX_VALUE;
        Samples.window(0, Load.STEADY.toMillis() + Duration.ofSeconds(Long.getLong("cg.drain", 30)).toMillis(), Load.PID);
    }

    @Override
    public void after() {
        Samples.write(Load.OUT.resolve(Load.LABEL + ".tsv"), Load.LABEL);
    }
}
