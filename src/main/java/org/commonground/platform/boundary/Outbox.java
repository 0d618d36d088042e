package org.commonground.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.commonground.platform.control.MailSettings;
import org.commonground.platform.entity.MailMessage;

/**
 * Sends mail: each message is stored in the same transaction as the change that
 * caused it, then delivered by SMTP once that transaction has committed. Without an
 * SMTP server in configuration the messages stay in the outbox for administrators.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    Event<Queued> queued;

    @Resource
    ManagedExecutorService executor;

    Clock clock = Clock.systemUTC();

    /** A message was stored and waits for its transaction to commit. */
    public record Queued(long id) {
    }

    @Transactional
    public MailMessage send(String recipient, String subject, String body) {
        MailMessage message = new MailMessage(recipient, subject, body, clock.instant());
        em.persist(message);
        em.flush();
        queued.fire(new Queued(message.getId()));
        return message;
    }

    /**
     * Sends a message carrying a single-use link whose token is {@code token} (it may
     * appear more than once in the body): the token is kept only until the message is
     * delivered, the link is used ({@link #linkUsed}) or it expires.
     */
    @Transactional
    public MailMessage sendLink(String recipient, String subject, String body, String token, Instant expiresAt) {
        forgetExpiredLinks();
        MailMessage message = new MailMessage(recipient, subject, body, token, expiresAt, clock.instant());
        em.persist(message);
        em.flush();
        queued.fire(new Queued(message.getId()));
        return message;
    }

    /** The link with this token was used: no stored message keeps it. */
    @Transactional
    public void linkUsed(String token) {
        em.createQuery("update MailMessage m set m.linkToken = null where m.linkToken = :t").setParameter("t", token)
                .executeUpdate();
    }

    /** Tokens of links that have expired are forgotten. */
    @Transactional
    public void forgetExpiredLinks() {
        em.createQuery("update MailMessage m set m.linkToken = null where m.linkToken is not null and m.linkExpiresAt <= :now")
                .setParameter("now", clock.instant()).executeUpdate();
    }

    void deliverAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued message) {
        if (settings.sends()) {
            executor.execute(() -> deliver(message.id()));
        }
    }

    @Transactional
    public void deliver(long id) {
        MailMessage message = em.find(MailMessage.class, id);
        if (message == null || message.getSentAt() != null) {
            return;
        }
        forgetExpiredLinks();
        em.refresh(message);
        if (message.linkLost()) {
            message.failed("the link expired before the message could be sent; ask for a new one");
            return;
        }
        try {
            Session session = settings.user().isPresent()
                    ? Session.getInstance(settings.properties(), new Authenticator() {
                        @Override
                        protected PasswordAuthentication getPasswordAuthentication() {
                            return new PasswordAuthentication(settings.user().get(), settings.password().orElse(""));
                        }
                    })
                    : Session.getInstance(settings.properties());
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(new InternetAddress(settings.from()));
            mime.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(message.getRecipient()));
            mime.setSubject(message.getSubject(), "UTF-8");
            mime.setText(message.deliverableBody(), "UTF-8");
            Transport.send(mime);
            message.sent(clock.instant());
        } catch (MessagingException | RuntimeException e) {
            message.failed(e.getMessage());
            LOG.warning(() -> "Mail " + id + " was not sent: " + e.getMessage());
        }
    }

    /** The newest messages, with the tokens of expired links forgotten first. */
    @Transactional
    public List<MailMessage> recent(int first, int max) {
        forgetExpiredLinks();
        return em.createQuery("select m from MailMessage m order by m.createdAt desc, m.id desc", MailMessage.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count() {
        return em.createQuery("select count(m) from MailMessage m", Long.class).getSingleResult();
    }

    public boolean sends() {
        return settings.sends();
    }
}
