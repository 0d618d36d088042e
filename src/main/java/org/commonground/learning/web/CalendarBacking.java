package org.commonground.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.commonground.learning.boundary.CalendarFeeds;
import org.commonground.learning.entity.CalendarFeed;
import org.commonground.platform.web.Messages;

/** The calendar part of the account page: make a new private address (shown once), or stop the feed. */
@Named
@RequestScoped
public class CalendarBacking {

    @Inject
    CalendarFeeds feeds;

    private Optional<CalendarFeed> feed;
    private String newAddress;

    public Optional<CalendarFeed> getFeed() {
        if (feed == null) {
            feed = feeds.mine();
        }
        return feed;
    }

    public void makeNewAddress() {
        newAddress = feeds.newAddress();
        feed = null;
    }

    public void stop() {
        feeds.stop();
        feed = null;
        Messages.info("learning.calendar.stopped");
    }

    /** The address just made, shown on this response only (only its hash is kept). */
    public String getNewAddress() {
        return newAddress;
    }
}
