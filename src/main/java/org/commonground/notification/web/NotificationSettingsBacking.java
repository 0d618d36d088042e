package org.commonground.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.commonground.identity.web.CurrentPerson;
import org.commonground.notification.boundary.Notifications;
import org.commonground.notification.entity.Kind;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;

/**
 * Which kinds of message also come by email; every kind always appears in the platform.
 * Messages about your account's safety (a password or email change) always come by email
 * and are not listed here.
 */
@Named
@RequestScoped
public class NotificationSettingsBacking {

    @Inject
    Notifications notifications;

    @Inject
    CurrentPerson me;

    private List<String> byEmail;

    @PostConstruct
    void init() {
        byEmail = new java.util.ArrayList<>(notifications.byEmail(me.id()).stream().map(Kind::name).toList());
    }

    public List<Kind> getKinds() {
        return List.of(Kind.values());
    }

    public List<String> getByEmail() {
        return byEmail;
    }

    public void setByEmail(List<String> byEmail) {
        this.byEmail = byEmail;
    }

    public void save() {
        Set<Kind> chosen = EnumSet.noneOf(Kind.class);
        for (String name : byEmail == null ? List.<String>of() : byEmail) {
            for (Kind kind : Kind.values()) {
                if (kind.name().equals(name)) {
                    chosen.add(kind);
                }
            }
        }
        notifications.chooseEmail(me.id(), chosen);
        Messages.info("notification.settings.saved");
        Redirect.to("/account/notification-settings.xhtml");
    }
}
