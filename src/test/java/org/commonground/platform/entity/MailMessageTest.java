package org.commonground.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailMessageTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final String TOKEN = "Xy9_secret-token-value";

    private static MailMessage withLink() {
        return new MailMessage("a@example.org", "Reset", "Open https://cg.example/reset?token=" + TOKEN + "\nCode: " + TOKEN,
                TOKEN, NOW.plusSeconds(1800), NOW);
    }

    @Test
    void theTokenIsStoredApartFromTheBodyAndPutBackToDeliver() {
        MailMessage message = withLink();

        assertThat(message.deliverableBody()).isEqualTo("Open https://cg.example/reset?token=" + TOKEN + "\nCode: " + TOKEN);
        assertThat(message.linkLost()).isFalse();
    }

    @Test
    void onceDeliveredTheTokenIsForgottenEverywhereInTheBody() {
        MailMessage message = withLink();

        message.sent(NOW.plusSeconds(5));

        assertThat(message.getBody()).doesNotContain(TOKEN).contains(MailMessage.REMOVED);
        assertThat(message.linkLost()).isTrue();
    }

    @Test
    void aFailedDeliveryKeepsTheLinkForTheNextTry() {
        MailMessage message = withLink();

        message.failed("connection refused");

        assertThat(message.getBody()).contains(TOKEN);
    }

    @Test
    void aMessageWithoutALinkIsUnchanged() {
        MailMessage message = new MailMessage("a@example.org", "Hello", "No link here", NOW);

        message.sent(NOW);

        assertThat(message.getBody()).isEqualTo("No link here");
        assertThat(message.linkLost()).isFalse();
    }
}
