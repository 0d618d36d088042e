package org.commonground.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonground.identity.web.CurrentPerson;
import org.commonground.notification.boundary.Notifications;
import org.commonground.notification.entity.Notification;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;
import org.omnifaces.cdi.Param;

/** Your notifications, newest first, 25 to a page; open one, or mark them all read. */
@Named
@RequestScoped
public class NotificationsBacking {

    static final int PAGE_SIZE = 25;

    @Inject
    Notifications notifications;

    @Inject
    CurrentPerson me;

    @Inject
    @Param(name = "page")
    String pageParam;

    private List<Notification> list;
    private Long total;

    public int getPage() {
        try {
            return pageParam == null ? 0 : Math.max(0, Integer.parseInt(pageParam));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public List<Notification> getList() {
        if (list == null) {
            list = notifications.of(me.id(), getPage() * PAGE_SIZE, PAGE_SIZE);
        }
        return list;
    }

    public boolean isMore() {
        if (total == null) {
            total = notifications.count(me.id());
        }
        return total > (long) (getPage() + 1) * PAGE_SIZE;
    }

    public void readAll() {
        notifications.readAll(me.id());
        Messages.info("notification.list.allRead");
        Redirect.to("/account/notifications.xhtml");
    }
}
