package org.commonground.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Sends a signed-in person from the front page (or /home) to the home page of their role. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    ExternalContext external;

    @Inject
    CurrentPerson me;

    public void redirectSignedIn() throws IOException {
        if (me.isSignedIn()) {
            redirectHome();
        }
    }

    public void redirectHome() throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        external.redirect(external.getRequestContextPath() + Homes.viewFor(request));
    }

    public boolean isWelcome() {
        return "true".equals(external.getRequestParameterMap().get("welcome"));
    }
}
