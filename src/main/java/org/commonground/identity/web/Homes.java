package org.commonground.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.commonground.identity.entity.Role;

/** Where each kind of person starts after signing in. */
public final class Homes {

    private Homes() {
    }

    public static String viewFor(HttpServletRequest request) {
        if (request.isUserInRole(Role.ADMIN_NAME)) {
            return "/admin/index.xhtml";
        }
        if (request.isUserInRole(Role.MANAGER_NAME)) {
            return "/manage/index.xhtml";
        }
        if (request.isUserInRole(Role.TRAINER_NAME)) {
            return "/content/index.xhtml";
        }
        return "/learn/index.xhtml";
    }
}
