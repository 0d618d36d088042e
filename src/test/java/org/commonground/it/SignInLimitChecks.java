package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Sign-in throttling holds under concurrency (each attempt is counted before its
 * password is checked), and never locks the owner out of a browser they signed in
 * on before. The suite's limits: 3 failures per account, 6 per address.
 */
abstract class SignInLimitChecks {

    private static final String FAILED = "We could not sign you in with that email address and password";
    private static final String THROTTLED = "Too many failed attempts";
    private static final int AT_ONCE = 40;

    @Test
    void fortyWrongPasswordsAtOnceForOneAccountCheckOnlyTheLimit() throws Exception {
        People.Person person = People.newLearner();

        List<String> answers = atOnce(i -> new WebClient(), i -> person.email());

        assertThat(answers.stream().filter(a -> a.contains(FAILED)).count()).as("passwords checked").isBetween(1L, 3L);
        assertThat(answers.stream().filter(a -> a.contains(THROTTLED)).count()).as("refused unchecked")
                .isGreaterThanOrEqualTo(AT_ONCE - 3L);
    }

    @Test
    void fortyWrongPasswordsAtOnceFromOneAddressCheckOnlyTheLimit() throws Exception {
        String address = Server.uniqueAddress();

        List<String> answers = atOnce(i -> new WebClient(address), i -> Server.unique("guess") + "@it.commonground.test");

        assertThat(answers.stream().filter(a -> a.contains(FAILED)).count()).as("passwords checked").isBetween(1L, 6L);
        assertThat(answers.stream().filter(a -> a.contains(THROTTLED)).count()).as("refused unchecked")
                .isGreaterThanOrEqualTo(AT_ONCE - 6L);
    }

    @Test
    void theOwnersKnownDeviceStillSignsInWhileStrangersAreLockedOut() {
        People.Person person = People.newLearner();
        WebClient own = new WebClient();
        assertThat(People.signIn(own, person.email(), person.password()).path()).endsWith("/learn/index.xhtml");
        assertThat(own.cookie("CGDEVICE")).as("a known-device cookie").isPresent();
        own.submit("signOut", Map.of(), "submit");
        for (int i = 0; i < 4; i++) {
            People.signIn(new WebClient(), person.email(), "stranger's guess " + i);
        }
        assertThat(People.signIn(new WebClient(), person.email(), person.password()).text(".messages"))
                .as("a new browser with the right password").contains(THROTTLED);

        WebClient.Page page = People.signIn(own, person.email(), person.password());

        assertThat(page.path()).as("the owner's own browser").endsWith("/learn/index.xhtml");
    }

    @Test
    void aKnownDeviceOfAnotherAccountDoesNotBypassTheLimit() {
        People.Person owner = People.newLearner();
        People.Person target = People.newLearner();
        WebClient own = new WebClient();
        People.signIn(own, owner.email(), owner.password());
        own.submit("signOut", Map.of(), "submit");
        for (int i = 0; i < 3; i++) {
            People.signIn(new WebClient(), target.email(), "stranger's guess " + i);
        }

        assertThat(People.signIn(own, target.email(), target.password()).text(".messages")).contains(THROTTLED);
    }

    /** Loads the sign-in form in forty browsers, then posts all forty wrong passwords at the same moment. */
    private static List<String> atOnce(IntFunction<WebClient> browser, IntFunction<String> email) throws Exception {
        List<WebClient> browsers = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            WebClient client = browser.apply(i);
            client.get("sign-in.xhtml");
            browsers.add(client);
        }
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> posts = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                WebClient client = browsers.get(i);
                String address = email.apply(i);
                posts.add(pool.submit(() -> {
                    go.await();
                    return client.submit("signIn", Map.of("email", address, "password", "a wrong guess"), "submit").text(".messages");
                }));
            }
            go.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<String> post : posts) {
                answers.add(post.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
