package org.commonground.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailMessageTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aFailedSendWaitsTwiceAsLongEachTimeUpToTheLongestWaitThenGivesUp() {
        MailMessage m = new MailMessage("a@example.org", "Subject", "Body", NOW);
        m.failed("Connection refused", NOW, Duration.ofSeconds(60), Duration.ofSeconds(200), 4);
        assertThat(m.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
        m.failed("Connection refused", NOW, Duration.ofSeconds(60), Duration.ofSeconds(200), 4);
        assertThat(m.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(120));
        m.failed("Connection refused", NOW, Duration.ofSeconds(60), Duration.ofSeconds(200), 4);
        assertThat(m.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(200));
        assertThat(m.isGaveUp()).isFalse();
        m.failed("Connection refused", NOW, Duration.ofSeconds(60), Duration.ofSeconds(200), 4);
        assertThat(m.isGaveUp()).isTrue();
        assertThat(m.getAttempts()).isEqualTo(4);
        assertThat(m.getLastError()).isEqualTo("Connection refused");
    }

    @Test
    void everyMessageHasItsOwnMessageIdKeptForEveryAttempt() {
        MailMessage a = new MailMessage("a@example.org", "Subject", "Body", NOW);
        MailMessage b = new MailMessage("a@example.org", "Subject", "Body", NOW);
        assertThat(a.getMessageId()).startsWith("<").endsWith("@commonground>").isNotEqualTo(b.getMessageId());
        String before = a.getMessageId();
        a.failed("timeout", NOW, Duration.ofSeconds(1), Duration.ofSeconds(1), 3);
        a.sent(NOW);
        assertThat(a.getMessageId()).isEqualTo(before);
        assertThat(a.getLastError()).isNull();
    }


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

        message.failed("connection refused", NOW, Duration.ofSeconds(60), Duration.ofSeconds(600), 10);

        assertThat(message.getBody()).contains(TOKEN);
    }

    @Test
    void aMessageWithoutALinkIsUnchanged() {
        MailMessage message = new MailMessage("a@example.org", "Hello", "No link here", NOW);

        message.sent(NOW);

        assertThat(message.getBody()).isEqualTo("No link here");
        assertThat(message.linkLost()).isFalse();
    }

    @Test
    void aMessageWhoseLinkIsLostIsGivenUpWithItsReason() {
        MailMessage message = withLink();

        message.forgetLink();
        message.giveUp("the link expired before the message could be sent; ask for a new one");

        assertThat(message.isGaveUp()).isTrue();
        assertThat(message.getBody()).doesNotContain(TOKEN);
        assertThat(message.getLastError()).contains("link expired");
    }
}
