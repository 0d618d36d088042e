package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server in the test JVM (GreenMail) that the suite's platform sends to.
 * Tests wait for the message addressed to them, then read the link from it.
 */
public final class Mailbox {

    private static GreenMail server;
    private static ServerSetup setup;

    private Mailbox() {
    }

    static synchronized void start() {
        if (server == null) {
            int port = Integer.parseInt(System.getProperty("commonground.it.smtp.port", "39025"));
            setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            server = new GreenMail(setup);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop()));
        }
    }

    /** Stops the SMTP server, so that the platform's sends fail (until {@link #restart()}). */
    static synchronized void stop() {
        server.stop();
    }

    /** Starts the SMTP server again, on the same port, empty. */
    static synchronized void restart() {
        server = new GreenMail(setup);
        server.start();
    }

    /** Waits (up to 30 s) for a message to this address whose subject contains {@code subject}. */
    public static MimeMessage await(String recipient, String subject) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Optional<MimeMessage> found = find(recipient, subject);
            if (found.isPresent()) {
                return found.get();
            }
            server.waitForIncomingEmail(500, server.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no message to " + recipient + " about '" + subject + "' within 30 s");
    }

    public static Optional<MimeMessage> find(String recipient, String subject) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient))
                        && m.getSubject().contains(subject);
            } catch (MessagingException e) {
                return false;
            }
        }).findFirst();
    }

    /** The path and query of the first link to this platform in a message, such as {@code reset-password.xhtml?token=...}. */
    public static String link(MimeMessage message) {
        try {
            String body = message.getContent().toString();
            Matcher m = Pattern.compile("https?://[^/\\s]+/(\\S+)").matcher(body);
            assertThat(m.find()).as("a link in:\n" + body).isTrue();
            return m.group(1);
        } catch (IOException | MessagingException e) {
            throw new AssertionError(e);
        }
    }

    public static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
