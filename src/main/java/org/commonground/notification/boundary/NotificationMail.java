package org.commonground.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.notification.control.QuietHours;
import org.commonground.notification.control.Wording;
import org.commonground.notification.entity.Kind;
import org.commonground.notification.entity.Notification;
import org.commonground.platform.boundary.Outbox;
import org.commonground.platform.boundary.ScheduledJob;
import org.commonground.platform.control.Leases;
import org.commonground.platform.control.MailSettings;
import org.commonground.progress.boundary.Progress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Emails the notifications people want by email: at most one email per person, kind
 * and day (several reminders of one kind go in one message; more of that kind the same
 * day wait for the next), and none in quiet hours or at weekends
 * ({@code commonground.notifications.quiet-hours}, {@code .weekend-mail}) in the
 * platform's time zone. Every email ends with a link to the person's message settings.
 */
@ApplicationScoped
public class NotificationMail implements ScheduledJob {

    private static final int BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings mail;

    @Inject
    Progress progress;

    @Inject
    Clock clock;

    @Inject
    NotificationMail self;

    @Inject
    @ConfigProperty(name = "commonground.notifications.quiet-hours", defaultValue = "20-8")
    String quietHours;

    @Inject
    @ConfigProperty(name = "commonground.notifications.weekend-mail", defaultValue = "false")
    boolean weekendMail;

    @Override
    public String name() {
        return "notification-mail";
    }

    @Override
    public String period(Instant now) {
        return null;
    }

    @Override
    public void run(Leases.Lease lease) {
        if (!QuietHours.parse(quietHours, weekendMail).quiet(clock.instant().atZone(progress.zoneId()))) {
            self.mailDue();
        }
    }

    /** Makes today's emails from the notifications waiting for one; answers how many emails were made. */
    @Transactional
    public int mailDue() {
        List<Notification> waiting = em.createQuery("select n from Notification n where n.emailDue = :yes"
                + " order by n.accountId, n.kind, n.createdAt", Notification.class).setParameter("yes", Boolean.TRUE)
                .setMaxResults(BATCH).getResultList();
        if (waiting.isEmpty()) {
            return 0;
        }
        Map<String, List<Notification>> groups = new LinkedHashMap<>();
        waiting.forEach(n -> groups.computeIfAbsent(n.getAccountId() + ":" + n.getKind(), k -> new ArrayList<>()).add(n));
        Map<Long, String> emails = new HashMap<>();
        em.createQuery("select a.id, a.email from Account a where a.id in :ids and a.disabled = :no", Object[].class)
                .setParameter("no", Boolean.FALSE).setParameter("ids", waiting.stream().map(Notification::getAccountId).distinct().toList()).getResultList()
                .forEach(r -> emails.put((Long) r[0], (String) r[1]));
        LocalDate today = progress.today();
        Map<String, List<Notification>> byMailKey = new LinkedHashMap<>();
        groups.values().forEach(g -> byMailKey.put("MAIL:" + g.get(0).getKind() + ":" + g.get(0).getAccountId() + ":" + today, g));
        Set<String> made = outbox.madeWith(byMailKey.keySet());
        Instant now = clock.instant();
        List<Outbox.Letter> letters = new ArrayList<>();
        List<Long> mailed = new ArrayList<>();
        List<Long> nobodyToMail = new ArrayList<>();
        byMailKey.forEach((key, group) -> {
            Notification first = group.get(0);
            String recipient = emails.get(first.getAccountId());
            if (recipient == null) {
                group.forEach(n -> nobodyToMail.add(n.getId()));
            } else if (!made.contains(key)) {
                letters.add(new Outbox.Letter(recipient, subject(first.getKind(), group), body(group), key));
                group.forEach(n -> mailed.add(n.getId()));
            }
        });
        outbox.sendAll(letters);
        emailed(mailed, now);
        emailed(nobodyToMail, null);
        return letters.size();
    }

    /** Marks these notifications emailed at {@code at} (null: not to be mailed), one statement per 500. */
    private void emailed(List<Long> ids, Instant at) {
        for (int from = 0; from < ids.size(); from += 500) {
            // A null parameter has no type on PostgreSQL (it binds as text): "not mailed" is written as a literal.
            jakarta.persistence.Query update = em.createQuery("update Notification n set n.emailDue = :no, n.emailedAt = "
                    + (at == null ? "null" : ":at") + " where n.id in :ids")
                    .setParameter("no", Boolean.FALSE)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)));
            if (at != null) {
                update.setParameter("at", at);
            }
            update.executeUpdate();
        }
    }

    private static String subject(Kind kind, List<Notification> group) {
        return group.size() == 1 ? group.get(0).getSubject()
                : Wording.text("notification.mail.grouped", Wording.text(kind.labelKey()), group.size());
    }

    private String body(List<Notification> group) {
        StringBuilder body = new StringBuilder();
        for (Notification n : group) {
            if (group.size() > 1) {
                body.append(n.getSubject()).append("\n");
            }
            body.append(n.getBody()).append("\n");
            if (n.getLink() != null) {
                body.append(mail.publicUrl()).append('/').append(n.getLink()).append("\n");
            }
            body.append("\n");
        }
        body.append(Wording.text("notification.mail.settings", mail.publicUrl() + "/account/notification-settings.xhtml"));
        return body.toString();
    }
}
