package org.commonground.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.validate.ValidationException;
import org.commonground.content.boundary.Modules;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.identity.boundary.Caller;
import org.commonground.identity.control.Tokens;
import org.commonground.identity.entity.Account;
import org.commonground.learning.entity.CalendarFeed;
import org.commonground.platform.control.MailSettings;
import org.commonground.progress.boundary.Progress;
import org.commonground.progress.entity.ModuleStatus;

/**
 * Learners' calendar feeds: an iCalendar document (RFC 5545, written with ical4j) of
 * the due date of each module assigned to them that they have not done yet, and of each
 * renewal date, read from the stored statuses when the calendar asks, so it follows
 * every change. It is reached by a private address holding a random token of 256 bits,
 * kept only as a hash; a new address revokes the old one, and the feed of a disabled or
 * erased account answers nothing.
 */
@ApplicationScoped
public class CalendarFeeds {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    public static final String PATH = "/calendar/";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Progress progress;

    @Inject
    Modules modules;

    @Inject
    MailSettings mail;

    @Inject
    Clock clock;

    /** The caller's feed, if they made an address. */
    public Optional<CalendarFeed> mine() {
        return em.createNamedQuery(CalendarFeed.OF_ACCOUNT, CalendarFeed.class).setParameter("a", caller.id())
                .getResultStream().findFirst();
    }

    /** Makes a new private address for the caller's feed, revoking any earlier one; returns the address (shown once). */
    @Transactional
    public String newAddress() {
        long me = caller.id();
        em.createQuery("delete from CalendarFeed f where f.accountId = :a").setParameter("a", me).executeUpdate();
        String token = Tokens.newToken();
        em.persist(new CalendarFeed(me, Tokens.hash(token), clock.instant()));
        return mail.publicUrl() + PATH + token + ".ics";
    }

    /** Stops the caller's feed: its address answers nothing from now on. */
    @Transactional
    public void stop() {
        em.createQuery("delete from CalendarFeed f where f.accountId = :a").setParameter("a", caller.id()).executeUpdate();
    }

    /** The feed behind a token, as iCalendar text; empty for an unknown or revoked token, or a disabled account. */
    public Optional<String> feed(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<CalendarFeed> feed = em.createNamedQuery(CalendarFeed.BY_HASH, CalendarFeed.class)
                .setParameter("hash", Tokens.hash(token)).getResultStream().findFirst();
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        Account account = em.find(Account.class, feed.get().getAccountId());
        if (account == null || account.isDisabled()) {
            return Optional.empty();
        }
        return Optional.of(write(feed.get(), progress.of(account.getId())));
    }

    private String write(CalendarFeed feed, Map<String, ModuleStatus> statuses) {
        Map<String, String> titles = new HashMap<>();
        for (ModuleVersion version : modules.published()) {
            titles.put(version.getModule().getUuid(), version.getTitle());
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Common Ground//Due dates//EN"));
        calendar.add(new Version("2.0", "2.0"));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        DtStamp stamp = new DtStamp(clock.instant());
        statuses.values().stream().sorted(java.util.Comparator.comparing(ModuleStatus::getModuleUuid)).forEach(status -> {
            String title = titles.get(status.getModuleUuid());
            if (title == null || !status.isAssigned()) {
                return;
            }
            boolean done = progress.verdict(status).status().isCurrent();
            if (status.getDueOn() != null && !done) {
                calendar.add(event(feed, status, "due", status.getDueOn(), "Due: " + title, stamp,
                        "The module \"" + title + "\" is due on this day. Open it on Common Ground to complete it."));
            }
            if (status.getRenewOn() != null) {
                calendar.add(event(feed, status, "renew", status.getRenewOn(), "Renew: " + title, stamp,
                        "Your completion of \"" + title + "\" needs renewing by this day. Work through the module again to renew it."));
            }
        });
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private VEvent event(CalendarFeed feed, ModuleStatus status, String kind, LocalDate day, String summary, DtStamp stamp,
            String description) {
        VEvent event = new VEvent(day, summary);
        event.replace(stamp);
        event.add(new Uid(kind + "-" + status.getModuleUuid() + "-" + feed.getId() + "@common-ground"));
        event.add(new Description(description));
        event.add(new Url(URI.create(mail.publicUrl() + "/learn/module.xhtml?m=" + status.getModuleUuid())));
        return event;
    }
}
