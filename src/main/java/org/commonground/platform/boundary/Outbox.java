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
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.commonground.platform.control.BatchInsert;
import org.commonground.platform.control.Leases;
import org.commonground.platform.control.Like;
import org.commonground.platform.control.MailSettings;
import org.commonground.platform.entity.MailMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail: each message is stored in the same transaction as the change that
 * caused it, then delivered by SMTP once that transaction has committed. Without an
 * SMTP server in configuration the messages stay in the outbox for administrators.
 *
 * <p>A node claims a message in the database before it sends (one atomic UPDATE), sends
 * outside any transaction, then records the result. A failed send is retried by the
 * outbox job with a doubling wait; the reason stays on the administrators' outbox page.
 * A node that stops mid-send leaves a claim that expires
 * ({@code commonground.mail.claim-seconds}): the message is then sent again, at most
 * once more, with the same Message-ID so mail programs fold the two.
 */
@ApplicationScoped
public class Outbox implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    private static final int BATCH = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    Event<Queued> queued;

    @Inject
    Outbox self;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "commonground.mail.retry-seconds", defaultValue = "60")
    int retrySeconds;

    @Inject
    @ConfigProperty(name = "commonground.mail.retry-max-seconds", defaultValue = "21600")
    int retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "commonground.mail.max-attempts", defaultValue = "10")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "commonground.mail.claim-seconds", defaultValue = "120")
    int claimSeconds;

    /** Mail keeps real time: moving the platform clock in a test must not hold messages back. */
    Clock clock = Clock.systemUTC();

    /** A message to be made once per key. */
    public record Letter(String recipient, String subject, String body, String key) {
    }

    /** A message was stored and waits for its transaction to commit. */
    public record Queued(long id) {
    }

    @Transactional
    public MailMessage send(String recipient, String subject, String body) {
        return store(new MailMessage(recipient, subject, body, clock.instant()));
    }

    /**
     * Many messages made once per key (the day's notification emails), in the caller's
     * transaction with JDBC batches; each is delivered once that transaction has committed.
     */
    @Transactional
    public void sendAll(List<Letter> letters) {
        Instant now = clock.instant();
        List<MailMessage> messages = letters.stream().map(l -> new MailMessage(l.recipient(), l.subject(), l.body(), now, l.key()))
                .toList();
        BatchInsert.insert(em, MailMessage.class, "INSERT INTO mail_message (id, version, recipient, subject, body, created_at,"
                + " attempts, message_id, dedupe_key, gave_up) VALUES (?, 1, ?, ?, ?, ?, 0, ?, ?, ?)", messages, (insert, m) -> {
                    insert.setString(2, m.getRecipient());
                    insert.setString(3, m.getSubject());
                    insert.setString(4, m.getBody());
                    insert.setTimestamp(5, java.sql.Timestamp.from(m.getCreatedAt()));
                    insert.setString(6, m.getMessageId());
                    insert.setString(7, m.getDedupeKey());
                    insert.setBoolean(8, false);
                }).forEach(id -> queued.fire(new Queued(id)));
    }

    /** The keys among these that a message was already made with (one statement per 500 keys). */
    public java.util.Set<String> madeWith(java.util.Collection<String> keys) {
        java.util.Set<String> made = new java.util.HashSet<>();
        List<String> all = new java.util.ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += 500) {
            made.addAll(em.createQuery("select m.dedupeKey from MailMessage m where m.dedupeKey in :k", String.class)
                    .setParameter("k", all.subList(from, Math.min(all.size(), from + 500))).getResultList());
        }
        return made;
    }

    private MailMessage store(MailMessage message) {
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

    /** Claims, sends and records one message; does nothing if it is sent, given up, or claimed by another node. */
    public void deliver(long id) {
        MailMessage message = self.claim(id);
        if (message == null) {
            return;
        }
        String error = null;
        try {
            transmit(message);
        } catch (MessagingException | RuntimeException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String reason = error;
            LOG.warning(() -> "Mail " + id + " was not sent: " + reason);
        }
        self.record(id, error);
    }

    /** Takes the message for this node for a while; null if it is not to be sent now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public MailMessage claim(long id) {
        Instant now = clock.instant();
        forgetExpiredLinks();
        // (No boolean in the condition: EclipseLink writes it into H2's SQL as 0 or 1, which H2 refuses.)
        int claimed = em.createQuery("update MailMessage m set m.claimedUntil = :until where m.id = :id and m.sentAt is null"
                + " and (m.claimedUntil is null or m.claimedUntil < :now)")
                .setParameter("until", now.plusSeconds(claimSeconds)).setParameter("id", id).setParameter("now", now)
                .executeUpdate();
        if (claimed == 0) {
            return null;
        }
        MailMessage message = em.find(MailMessage.class, id);
        if (message.isGaveUp()) {
            return null;
        }
        if (message.linkLost()) {
            message.giveUp("the link expired before the message could be sent; ask for a new one");
            return null;
        }
        em.detach(message);
        return message;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long id, String error) {
        MailMessage message = em.find(MailMessage.class, id);
        em.refresh(message);
        if (error == null) {
            message.sent(clock.instant());
        } else {
            message.failed(error, clock.instant(), Duration.ofSeconds(retrySeconds), Duration.ofSeconds(retryMaxSeconds),
                    maxAttempts);
        }
    }

    private void transmit(MailMessage message) throws MessagingException {
        Session session = settings.user().isPresent()
                ? Session.getInstance(settings.properties(), new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(settings.user().get(), settings.password().orElse(""));
                    }
                })
                : Session.getInstance(settings.properties());
        String messageId = message.getMessageId();
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                if (messageId == null) {
                    super.updateMessageID();
                } else {
                    setHeader("Message-ID", messageId);
                }
            }
        };
        mime.setFrom(new InternetAddress(settings.from()));
        mime.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(message.getRecipient()));
        mime.setSubject(message.getSubject(), "UTF-8");
        mime.setText(message.getBody(), "UTF-8");
        Transport.send(mime);
    }

    @Override
    public String name() {
        return "mail-outbox";
    }

    @Override
    public String period(Instant now) {
        return null;
    }

    /** The outbox job: every message due for a (first or further) attempt, oldest first. */
    @Override
    public void run(Leases.Lease lease) {
        // Tokens of expired links are forgotten within a tick, whether or not any mail is waiting.
        self.forgetExpiredLinks();
        if (settings.sends()) {
            self.due(BATCH).forEach(this::deliver);
        }
    }

    /** Messages waiting to be sent whose next attempt is due and that no node holds. */
    @Transactional
    public List<Long> due(int max) {
        Instant now = clock.instant();
        return em.createQuery("select m.id from MailMessage m where m.sentAt is null and m.gaveUp = :no"
                + " and (m.nextAttemptAt is null or m.nextAttemptAt <= :now) and (m.claimedUntil is null or m.claimedUntil < :now)"
                + " order by m.createdAt", Long.class).setParameter("now", now).setParameter("no", Boolean.FALSE)
                .setMaxResults(max).getResultList();
    }

    /** The columns the outbox can be sorted by (newest first otherwise), and what each sorts. */
    private static final Map<String, String> SORTS = Map.of("when", "m.createdAt", "to", "m.recipient", "kind", "m.subject");

    /** What each state is called on the page, and which messages are in it. */
    private static final Map<String, String> STATES = Map.of("sent", "m.sentAt is not null",
            "given up", "(m.sentAt is null and m.gaveUp = true)", "waiting", "(m.sentAt is null and m.gaveUp = false)");

    public static final Set<String> COLUMNS = Set.of("when", "to", "kind", "state");

    /**
     * A page of messages, with the tokens of expired links forgotten first: filtered by recipient and subject (text
     * anywhere) and state (the words shown: sent, waiting, given up), sorted by when, recipient or subject.
     */
    @Transactional
    public List<MailMessage> page(Map<String, String> filters, String sort, boolean descending, int first, int max) {
        forgetExpiredLinks();
        String order = sort != null && SORTS.containsKey(sort) ? SORTS.get(sort) + (descending ? " desc" : "") + ", " : "";
        return bind(em.createQuery("select m from MailMessage m" + where(filters) + " order by " + order + "m.createdAt desc, m.id desc",
                MailMessage.class), filters).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Map<String, String> filters) {
        return bind(em.createQuery("select count(m) from MailMessage m" + where(filters), Long.class), filters).getSingleResult();
    }

    private static String where(Map<String, String> filters) {
        StringBuilder jpql = new StringBuilder(" where 1 = 1");
        if (filters.containsKey("to")) {
            jpql.append(" and lower(m.recipient) like :to").append(Like.ESCAPE);
        }
        if (filters.containsKey("kind")) {
            jpql.append(" and lower(m.subject) like :kind").append(Like.ESCAPE);
        }
        if (filters.containsKey("state")) {
            String typed = filters.get("state").toLowerCase(Locale.ROOT);
            List<String> states = STATES.entrySet().stream().filter(e -> e.getKey().contains(typed)).map(Map.Entry::getValue).toList();
            jpql.append(states.isEmpty() ? " and 1 = 0" : " and (" + String.join(" or ", states) + ")");
        }
        return jpql.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, String> filters) {
        if (filters.containsKey("to")) {
            query.setParameter("to", Like.containing(filters.get("to")));
        }
        if (filters.containsKey("kind")) {
            query.setParameter("kind", Like.containing(filters.get("kind")));
        }
        return query;
    }

    /** A message's state in the words the outbox page shows and filters by. */
    public static String state(MailMessage message) {
        return message.getSentAt() != null ? "Sent" : message.isGaveUp() ? "Given up" : "Waiting";
    }

    public boolean sends() {
        return settings.sends();
    }
}
