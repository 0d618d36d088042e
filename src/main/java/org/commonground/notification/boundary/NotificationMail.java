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
        int made = 0;
        for (List<Notification> group : groups.values()) {
            Notification first = group.get(0);
            String recipient = emails.get(first.getAccountId());
            String key = "MAIL:" + first.getKind() + ":" + first.getAccountId() + ":" + today;
            if (recipient == null) {
                group.forEach(n -> n.emailed(null));
                continue;
            }
            if (outbox.made(key)) {
                continue;
            }
            outbox.send(recipient, subject(first.getKind(), group), body(group), key);
            group.forEach(n -> n.emailed(clock.instant()));
            made++;
        }
        return made;
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
