package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Signed-in people keep their roles when many of their requests run at once. With
 * the container re-applying sessions by itself, about one request in twelve got 403
 * under this load (payara/Payara#6145); the platform now hands the caller and roles
 * from the session to the container on every request.
 */
abstract class ConcurrentSessionChecks {

    @Test
    void manySignedInPeopleRequestingAtOnceAreNeverRefusedOrSignedOut() {
        List<WebClient> learners = IntStream.range(0, 12).mapToObj(i -> People.newLearner().browser()).toList();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (WebClient learner : learners) {
            for (int i = 0; i < 10; i++) {
                String path = i % 2 == 0 ? "learn/index.xhtml" : "account/index.xhtml";
                all.add(learner.http().sendAsync(HttpRequest.newBuilder(Server.uri(path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).thenAccept(r -> outcomes.merge(
                                r.statusCode() + (r.body().contains("<h1>Sign in</h1>") ? " sign-in page" : ""), 1, Integer::sum)));
            }
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();

        assertThat(outcomes).containsOnlyKeys("200").containsEntry("200", 120);
    }
}
