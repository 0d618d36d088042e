package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

/** Moves the running test server's platform clock (through the suite's own test-only servlet). */
public final class PlatformClockControl {

    private PlatformClockControl() {
    }

    /** Puts the platform clock this many days after real time; 0 puts it back. Answers the platform's instant. */
    public static Instant moveTo(long days) {
        return move("days=" + days);
    }

    /** Puts the platform clock this many minutes after real time; 0 puts it back. Answers the platform's instant. */
    public static Instant moveToMinutes(long minutes) {
        return move("days=0&minutes=" + minutes);
    }

    private static Instant move(String query) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    Server.uri("it-only/clock?" + query)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return Instant.parse(response.body().strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
