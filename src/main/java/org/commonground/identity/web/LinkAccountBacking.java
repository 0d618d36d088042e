package org.commonground.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.commonground.identity.boundary.Accounts;
import org.commonground.identity.boundary.ExternalIdentities;
import org.commonground.identity.boundary.SignInLimits;
import org.commonground.identity.entity.Account;
import org.commonground.platform.web.ClientAddress;
import org.commonground.platform.web.Messages;

/**
 * "Link your account": someone came back from a provider with an email address that
 * an account here already has. They link the provider's identity to that account by
 * giving its password (under the same sign-in limits as the sign-in form), and are
 * then signed in; the email claim alone never links.
 */
@Named
@RequestScoped
public class LinkAccountBacking {

    @Inject
    ExternalContext external;

    @Inject
    FacesContext faces;

    @Inject
    Accounts accounts;

    @Inject
    SignInLimits limits;

    @Inject
    ClientAddress clientAddress;

    @Inject
    ExternalIdentities identities;

    @Inject
    SingleSignOn singleSignOn;

    private String password;

    /** The identity waiting to be linked in this session, if any. */
    public Optional<SingleSignOn.Linking> getLinking() {
        HttpSession session = ((HttpServletRequest) external.getRequest()).getSession(false);
        Object linking = session == null ? null : session.getAttribute(SingleSignOn.LINKING);
        return linking instanceof SingleSignOn.Linking l ? Optional.of(l) : Optional.empty();
    }

    public boolean isWaiting() {
        return getLinking().isPresent();
    }

    public String getEmail() {
        return getLinking().map(SingleSignOn.Linking::email).orElse("");
    }

    public String getProviderName() {
        return getLinking().map(l -> l.person().via()).orElse("");
    }

    public void link() throws IOException {
        Optional<SingleSignOn.Linking> waiting = getLinking();
        if (waiting.isEmpty()) {
            return;
        }
        SingleSignOn.Linking linking = waiting.get();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SignInLimits.Attempt attempt = new SignInLimits.Attempt(Account.emailKey(linking.email()), clientAddress.of(request),
                SignInBacking.deviceToken(request));
        Duration wait = admit(attempt);
        if (!wait.isZero()) {
            Messages.error(null, "identity.signIn.throttled", Math.max(1, (wait.toSeconds() + 59) / 60));
            return;
        }
        Optional<Account> proved = accounts.verify(linking.email(), password)
                .filter(a -> a.getId() == linking.accountId());
        if (proved.isEmpty()) {
            limits.failed(attempt);
            Messages.error("link:password", "identity.sso.linkPasswordWrong");
            return;
        }
        ExternalIdentities.Arrival arrival = identities.linkAfterProof(linking.person(), linking.accountId());
        request.getSession().removeAttribute(SingleSignOn.LINKING);
        if (!(arrival instanceof ExternalIdentities.SignIn)) {
            external.redirect(external.getRequestContextPath() + "/sign-in.xhtml?sso=failed");
            return;
        }
        Optional<String> next = singleSignOn.complete(request, (HttpServletResponse) external.getResponse(),
                linking.accountId(), linking.providerId(), linking.organisation(), linking.staffGroup(), linking.returnTo());
        if (!faces.getResponseComplete()) {
            external.redirect(next.orElse(external.getRequestContextPath() + "/sign-in.xhtml?sso=disabled"));
        }
    }

    private Duration admit(SignInLimits.Attempt attempt) {
        try {
            return limits.admit(attempt);
        } catch (PersistenceException | TransactionalException firstOnANewCounter) {
            return limits.admit(attempt);
        }
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
