package org.commonground.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Optional;
import org.commonground.identity.boundary.Accounts;
import org.commonground.identity.boundary.ExternalIdentities;
import org.commonground.identity.boundary.ExternalSignIn;
import org.commonground.identity.boundary.NewAccountCredential;
import org.commonground.identity.boundary.SignInLimits;
import org.commonground.identity.entity.Account;
import org.commonground.platform.web.ClientAddress;

/**
 * The end of a sign-in through a provider, for the callback servlet and the "link
 * your account" page alike: the claims place the person in an organisation, the
 * container accepts the account, and the session begins as a password sign-in's does
 * ({@link SignInBacking#begin}). Also keeps, on the session, which provider the
 * person signed in with (for its sign-out) and an identity waiting to be linked.
 */
@ApplicationScoped
public class SingleSignOn {

    /** The provider this session was signed in through. */
    static final String PROVIDER = "commonground.sso.provider";
    /** An identity waiting for its owner to prove control of the account with its address (LTI launches use it too). */
    public static final String LINKING = "commonground.sso.linking";

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    SignInLimits limits;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Event<ExternalSignIn> externalSignIn;

    @Inject
    SessionKeys keys;

    /** An identity the person must link by proving control of {@code accountId}, and where they were going. */
    public record Linking(ExternalIdentities.ExternalPerson person, long accountId, String email, String providerId,
            String organisation, String staffGroup, String returnTo) implements Serializable {
    }

    /**
     * Signs the account in; answers where to send the browser next (empty when the
     * container refused the account). LTI launches sign people in through here too.
     */
    public Optional<String> complete(HttpServletRequest request, HttpServletResponse response, long accountId,
            String providerId, String organisation, String staffGroup, String returnTo) {
        externalSignIn.fire(new ExternalSignIn(accountId, providerId, organisation, staffGroup));
        Optional<Account> account = accounts.findWithRoles(accountId);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        AuthenticationStatus status = SignInBacking.authenticate(security, request, response,
                new NewAccountCredential(accountId));
        if (status != AuthenticationStatus.SUCCESS && status != AuthenticationStatus.SEND_CONTINUE) {
            return Optional.empty();
        }
        // Before the session's row is written: the row keeps the provider too, for the sign-out on another node.
        request.getSession().setAttribute(PROVIDER, providerId);
        SignInBacking.begin(request, response, account.get(), limits, new SignInLimits.Attempt(account.get().getEmailKey(),
                clientAddress.of(request), SignInBacking.deviceToken(request)), keys);
        return Optional.of(SignInBacking.safeReturn(request, returnTo)
                .orElse(request.getContextPath() + Homes.viewFor(request)));
    }
}
