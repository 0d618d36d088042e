package org.commonground.notification.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.commonground.identity.web.CurrentPerson;
import org.commonground.notification.boundary.Notifications;
import org.commonground.notification.entity.Notification;
import org.commonground.platform.boundary.NotFoundException;

/**
 * Opens a notification: marks it read (only the owner's own) and goes to its link, or
 * back to the list when it has none. Under /account/, so only signed-in people reach it.
 */
@WebServlet("/account/notification")
public class NotificationLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    @Inject
    CurrentPerson me;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Notification opened;
        try {
            opened = notifications.read(me.id(), id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String link = opened.getLink();
        boolean local = link != null && !link.contains("//") && !link.startsWith("/") && !link.contains("\\");
        response.sendRedirect(request.getContextPath() + "/" + (local ? link : "account/notifications.xhtml"));
    }
}
