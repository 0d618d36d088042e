package org.commonground.lti.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.lti.boundary.DeepLinks;
import org.commonground.platform.web.Redirect;

/**
 * "Choose a module for your course": an instructor launched from their learning
 * platform to add a module; the choice becomes a signed answer posted back there.
 */
@Named
@RequestScoped
public class LmsPickBacking {

    @Inject
    ExternalContext external;

    @Inject
    DeepLinks deepLinks;

    private List<ModuleVersion> choices;

    public boolean isWaiting() {
        return request().isPresent();
    }

    public List<ModuleVersion> getChoices() {
        if (choices == null) {
            choices = isWaiting() ? deepLinks.choices() : List.of();
        }
        return choices;
    }

    public void choose(String moduleUuid) {
        Optional<DeepLinks.Request> waiting = request();
        if (waiting.isEmpty()) {
            Redirect.to("/lms/pick.xhtml");
            return;
        }
        HttpServletRequest http = (HttpServletRequest) external.getRequest();
        DeepLinks.Answer answer = deepLinks.answer(waiting.get(), moduleUuid, LtiServlet.base(http) + "/lti/module/" + moduleUuid);
        HttpSession session = http.getSession();
        session.removeAttribute(LtiServlet.DEEP_LINKING);
        session.setAttribute(LtiServlet.ANSWER, answer);
        Redirect.to("/lti/return");
    }

    private Optional<DeepLinks.Request> request() {
        HttpSession session = ((HttpServletRequest) external.getRequest()).getSession(false);
        Object kept = session == null ? null : session.getAttribute(LtiServlet.DEEP_LINKING);
        return kept instanceof DeepLinks.Request r ? Optional.of(r) : Optional.empty();
    }
}
