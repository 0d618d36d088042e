package org.commonground.platform.web;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.ConfigProvider;

/** Sessions end after a configurable idle time ({@code commonground.session.idle-minutes}, default 30). */
@WebListener
public class SessionPolicy implements HttpSessionListener {

    static final String KEY = "commonground.session.idle-minutes";

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        int minutes = ConfigProvider.getConfig().getOptionalValue(KEY, Integer.class).orElse(30);
        event.getSession().setMaxInactiveInterval(minutes * 60);
    }
}
