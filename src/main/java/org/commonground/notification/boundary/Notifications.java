package org.commonground.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.notification.entity.Kind;
import org.commonground.notification.entity.Notification;
import org.commonground.platform.boundary.NotFoundException;
import org.commonground.platform.control.BatchInsert;

/**
 * People's notifications: made once each (by key), listed and marked read by their
 * owner, and each person's choice per kind of whether it also comes by email. The
 * unread count is kept on the account row (recounted in the database at each change),
 * so the header shows it without a statement of its own.
 */
@ApplicationScoped
public class Notifications {

    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A message to be made, if its key is new. */
    public record Draft(long accountId, Kind kind, String key, String subject, String body, String link) {
    }

    /**
     * Stores the drafts whose keys are new (within the list and in the database) and
     * recounts their people's unread notifications; answers how many were made. A draft
     * whose key another node stored at the same moment makes the transaction fail on the
     * unique key: the caller's job runs again and finds it stored.
     */
    @Transactional
    public int store(Collection<Draft> drafts) {
        if (drafts.isEmpty()) {
            return 0;
        }
        Map<String, Draft> byKey = new LinkedHashMap<>();
        drafts.forEach(d -> byKey.putIfAbsent(d.key(), d));
        List<String> keys = new ArrayList<>(byKey.keySet());
        for (int from = 0; from < keys.size(); from += CHUNK) {
            em.createQuery("select n.dedupeKey from Notification n where n.dedupeKey in :keys", String.class)
                    .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + CHUNK))).getResultList()
                    .forEach(byKey::remove);
        }
        if (byKey.isEmpty()) {
            return 0;
        }
        Set<Long> people = new HashSet<>();
        byKey.values().forEach(d -> people.add(d.accountId()));
        Set<String> platformOnly = platformOnly(people);
        List<Notification> made = new ArrayList<>();
        for (Draft d : byKey.values()) {
            boolean byEmail = !platformOnly.contains(d.accountId() + ":" + d.kind());
            made.add(new Notification(d.accountId(), d.kind(), d.key(), d.subject(), d.body(), d.link(), byEmail,
                    clock.instant()));
        }
        insert(made);
        recount(people);
        return byKey.size();
    }

    /**
     * Inserts new notifications with JDBC batches in the caller's transaction (a daily
     * run makes hundreds of thousands: one statement per message was most of its time).
     */
    private void insert(List<Notification> made) {
        BatchInsert.insert(em, Notification.class, "INSERT INTO notification (id, version, account_id, kind, dedupe_key, subject,"
                + " body, link, created_at, email_due) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)", made, (insert, n) -> {
                    insert.setLong(2, n.getAccountId());
                    insert.setString(3, n.getKind().name());
                    insert.setString(4, n.getDedupeKey());
                    insert.setString(5, n.getSubject());
                    insert.setString(6, n.getBody());
                    insert.setString(7, n.getLink());
                    insert.setTimestamp(8, Timestamp.from(n.getCreatedAt()));
                    insert.setBoolean(9, n.isEmailDue());
                });
    }

    /** Sets each person's unread count from their notifications (one statement per 500 people). */
    void recount(Collection<Long> people) {
        List<Long> ids = new ArrayList<>(people);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jakarta.persistence.Query update = em.createNativeQuery("UPDATE account SET unread_notifications = (SELECT COUNT(*)"
                    + " FROM notification n WHERE n.account_id = account.id AND n.read_at IS NULL) WHERE id IN ("
                    + placeholders(Math.min(ids.size(), from + CHUNK) - from) + ")");
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            for (int i = 0; i < chunk.size(); i++) {
                update.setParameter(i + 1, chunk.get(i));
            }
            update.executeUpdate();
        }
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** "account:KIND" for each kind these people chose to get in the platform only. */
    private Set<String> platformOnly(Collection<Long> people) {
        Set<String> chosen = new HashSet<>();
        List<Long> ids = new ArrayList<>(people);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jakarta.persistence.Query query = em.createNativeQuery("SELECT account_id, kind FROM notification_preference"
                    + " WHERE by_email = FALSE AND account_id IN (" + placeholders(chunk.size()) + ")");
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 1, chunk.get(i));
            }
            for (Object row : query.getResultList()) {
                Object[] r = (Object[]) row;
                chosen.add(((Number) r[0]).longValue() + ":" + r[1]);
            }
        }
        return chosen;
    }

    /** A person's notifications, newest first. */
    public List<Notification> of(long accountId, int first, int max) {
        return em.createQuery("select n from Notification n where n.accountId = :a order by n.createdAt desc, n.id desc",
                Notification.class).setParameter("a", accountId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(long accountId) {
        return em.createQuery("select count(n) from Notification n where n.accountId = :a", Long.class)
                .setParameter("a", accountId).getSingleResult();
    }

    /** Marks one of the person's own notifications read; answers it (for its link). */
    @Transactional
    public Notification read(long accountId, long notificationId) {
        Notification n = em.find(Notification.class, notificationId);
        if (n == null || n.getAccountId() != accountId) {
            throw new NotFoundException("notification.notFound");
        }
        if (n.isUnread()) {
            n.read(clock.instant());
            em.flush();
            recount(List.of(accountId));
        }
        return n;
    }

    @Transactional
    public void readAll(long accountId) {
        em.createQuery("select n from Notification n where n.accountId = :a and n.readAt is null", Notification.class)
                .setParameter("a", accountId).getResultList().forEach(n -> n.read(clock.instant()));
        em.flush();
        recount(List.of(accountId));
    }

    /** The kinds this person gets by email (every kind unless they chose platform only). */
    public Set<Kind> byEmail(long accountId) {
        Set<Kind> kinds = EnumSet.allOf(Kind.class);
        platformOnly(List.of(accountId)).forEach(k -> kinds.remove(Kind.valueOf(k.substring(k.indexOf(':') + 1))));
        return kinds;
    }

    /** Records the person's choice: these kinds by email too, the others in the platform only. */
    @Transactional
    public void chooseEmail(long accountId, Set<Kind> byEmail) {
        em.createNativeQuery("DELETE FROM notification_preference WHERE account_id = ?").setParameter(1, accountId)
                .executeUpdate();
        for (Kind kind : Kind.values()) {
            if (!byEmail.contains(kind)) {
                em.createNativeQuery("INSERT INTO notification_preference (account_id, kind, by_email) VALUES (?, ?, FALSE)")
                        .setParameter(1, accountId).setParameter(2, kind.name()).executeUpdate();
            }
        }
        // Notifications waiting for an email of a kind now platform only will not be mailed.
        for (Notification n : em.createQuery("select n from Notification n where n.accountId = :a and n.emailDue = :yes",
                Notification.class).setParameter("a", accountId).setParameter("yes", Boolean.TRUE).getResultList()) {
            if (!byEmail.contains(n.getKind())) {
                n.emailed(null);
            }
        }
    }

    /** Everything kept about a person's notifications, for their data export. */
    public List<Notification> export(long accountId) {
        return of(accountId, 0, Integer.MAX_VALUE);
    }

    /**
     * Deletes a person's notifications and choices, and managers' notifications about them
     * (their erasure). Joins the caller's transaction.
     */
    public void erase(long accountId) {
        em.createQuery("delete from Notification n where n.accountId = :a").setParameter("a", accountId).executeUpdate();
        // Managers' escalations name the person: they go too (their key holds the person's id third).
        String about = "ESCALATION:%:" + accountId + ":%";
        Set<Long> told = new HashSet<>(em.createQuery("select distinct n.accountId from Notification n where n.kind = :k"
                + " and n.dedupeKey like :about", Long.class).setParameter("k", Kind.ESCALATION).setParameter("about", about)
                .getResultList());
        em.createQuery("delete from Notification n where n.kind = :k and n.dedupeKey like :about")
                .setParameter("k", Kind.ESCALATION).setParameter("about", about).executeUpdate();
        em.createNativeQuery("DELETE FROM notification_preference WHERE account_id = ?").setParameter(1, accountId)
                .executeUpdate();
        told.add(accountId);
        recount(told);
    }
}
