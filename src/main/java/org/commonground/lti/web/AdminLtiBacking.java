package org.commonground.lti.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.commonground.lti.boundary.Platforms;
import org.commonground.lti.boundary.ToolKeys;
import org.commonground.lti.entity.LtiPlatform;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;

/**
 * Administration of LTI: the tool's own addresses to paste into a learning platform,
 * its signing keys (rotate now), and the platforms registered (add, change, remove).
 */
@Named
@RequestScoped
public class AdminLtiBacking {

    @Inject
    ExternalContext external;

    @Inject
    Platforms platforms;

    @Inject
    ToolKeys keys;

    private Long editing;
    private String name;
    private String issuer;
    private String clientId;
    private String loginUrl;
    private String tokenUrl;
    private String jwksUrl;
    private String deployments;
    private List<LtiPlatform> all;

    /** Fills the form with the platform to change (the page's {@code edit} parameter). */
    public void load() {
        if (editing != null && name == null) {
            Platforms.Form form = platforms.form(editing);
            name = form.name();
            issuer = form.issuer();
            clientId = form.clientId();
            loginUrl = form.loginUrl();
            tokenUrl = form.tokenUrl();
            jwksUrl = form.jwksUrl();
            deployments = form.deployments();
        }
    }

    public List<LtiPlatform> getPlatforms() {
        if (all == null) {
            all = platforms.all();
        }
        return all;
    }

    public List<ToolKeys.Shown> getKeys() {
        return keys.shown();
    }

    public boolean isKeysEncrypted() {
        return keys.encrypted();
    }

    /** An address of this tool, to paste into the platform. */
    public String address(String path) {
        return LtiServlet.base((HttpServletRequest) external.getRequest()) + path;
    }

    public void save() {
        Platforms.Form form = new Platforms.Form(name, issuer, clientId, loginUrl, tokenUrl, jwksUrl, deployments);
        Map<String, String> problems = platforms.problems(form, editing);
        if (!problems.isEmpty()) {
            problems.forEach((field, key) -> Messages.error("platform:" + field, key));
            return;
        }
        try {
            LtiPlatform saved = platforms.save(form, editing);
            Messages.info("lti.admin.saved", saved.getName());
            Redirect.to("/admin/lti.xhtml");
        } catch (BusinessException problem) {
            Messages.error("platform", problem);
        }
    }

    public void delete(long id) {
        platforms.delete(id);
        Messages.info("lti.admin.deleted");
        Redirect.to("/admin/lti.xhtml");
    }

    public void rotate() {
        String kid = keys.rotateNow();
        Messages.info("lti.admin.rotated", kid);
        Redirect.to("/admin/lti.xhtml");
    }

    public Long getEditing() {
        return editing;
    }

    public void setEditing(Long editing) {
        this.editing = editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getLoginUrl() {
        return loginUrl;
    }

    public void setLoginUrl(String loginUrl) {
        this.loginUrl = loginUrl;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public String getJwksUrl() {
        return jwksUrl;
    }

    public void setJwksUrl(String jwksUrl) {
        this.jwksUrl = jwksUrl;
    }

    public String getDeployments() {
        return deployments;
    }

    public void setDeployments(String deployments) {
        this.deployments = deployments;
    }
}
