package org.commonground.lti.boundary;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.commonground.content.boundary.Modules;
import org.commonground.identity.boundary.Audit;
import org.commonground.identity.boundary.ExternalIdentities;
import org.commonground.identity.control.TokenRefused;
import org.commonground.lti.control.LaunchClaims;
import org.commonground.lti.control.LaunchVerifier;
import org.commonground.lti.entity.LtiDeployment;
import org.commonground.lti.entity.LtiLink;
import org.commonground.lti.entity.LtiLogin;
import org.commonground.lti.entity.LtiPlatform;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * LTI 1.3 launches: the third-party initiated login (a platform names itself and the
 * person; we answer with a redirect to its authorisation address carrying a new state
 * and nonce, kept in the database for a few minutes and usable once), then the launch
 * (the platform posts its signed ID token and our state back): the login is used up,
 * the token verified, the message checked, and the person found or made through the
 * rule of {@link ExternalIdentities}. Every refusal says why, as a message key, and is
 * written to the audit.
 */
@ApplicationScoped
public class Launches {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Platforms platforms;

    @Inject
    LaunchVerifier verifier;

    @Inject
    ExternalIdentities identities;

    @Inject
    Modules modules;

    @Inject
    Audit audit;

    @Inject
    Clock platformClock;

    @Inject
    @ConfigProperty(name = "commonground.lti.login-seconds", defaultValue = "300")
    int loginSeconds;

    /** Logins keep real time (as sessions and sign-in links do). */
    Clock clock = Clock.systemUTC();

    /** Where to send the browser to log in at the platform, and the state to bind to it. */
    public record Login(URI location, String state) {
    }

    /** A launch refused with this HTTP status and message key. */
    public record Refused(int status, String reason) {
    }

    /** A verified launch: the platform, its deployment's organisation, the claims, and who the person is. */
    public record Launched(long platformId, String platformName, String organisationUuid, LaunchClaims claims,
            ExternalIdentities.Arrival arrival, ExternalIdentities.ExternalPerson person) implements Serializable {
    }

    /** The answer to a login initiation: a redirect to the platform, or a refusal. */
    @Transactional
    public Object login(Map<String, String> parameters, String launchUrl) {
        String issuer = parameters.get("iss");
        String loginHint = parameters.get("login_hint");
        String target = parameters.get("target_link_uri");
        Optional<LtiPlatform> platform = platforms.find(issuer, parameters.get("client_id"));
        if (platform.isEmpty()) {
            return refuse(403, "lti.refused.unknownPlatform", "login from " + issuer);
        }
        String deployment = parameters.get("lti_deployment_id");
        if (deployment != null && !deployment.isBlank() && platform.get().deployment(deployment).isEmpty()) {
            return refuse(403, "lti.refused.deployment", "login from " + issuer + " for deployment " + deployment);
        }
        if (loginHint == null || loginHint.isBlank() || !LaunchClaims.isWebAddress(target)) {
            return refuse(400, "lti.refused.malformed", "login from " + issuer + " without a login hint or target");
        }
        Instant now = clock.instant();
        em.createQuery("delete from LtiLogin l where l.expiresAt < :now").setParameter("now", now).executeUpdate();
        LtiLogin login = new LtiLogin(random(), random(), platform.get().getId(), now.plusSeconds(loginSeconds));
        em.persist(login);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("scope", "openid");
        query.put("response_type", "id_token");
        query.put("response_mode", "form_post");
        query.put("prompt", "none");
        query.put("client_id", platform.get().getClientId());
        query.put("redirect_uri", launchUrl);
        query.put("login_hint", loginHint);
        query.put("state", login.getState());
        query.put("nonce", login.getNonce());
        if (parameters.get("lti_message_hint") != null) {
            query.put("lti_message_hint", parameters.get("lti_message_hint"));
        }
        String base = platform.get().getLoginUrl();
        String joined = query.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return new Login(URI.create(base + (base.contains("?") ? "&" : "?") + joined), login.getState());
    }

    /**
     * Verifies a launch: the state must be one we gave, not yet used, not expired, and
     * the one this browser holds; the token must verify with that login's nonce.
     * Answers {@link Launched} or {@link Refused}.
     */
    @Transactional
    public Object launch(String idToken, String state, String browserState) {
        if (state == null || state.isBlank()) {
            return refuse(400, "lti.refused.state", "launch without a state");
        }
        Optional<LtiLogin> login = em.createQuery("select l from LtiLogin l where l.state = :s", LtiLogin.class)
                .setParameter("s", state).getResultStream().findFirst();
        if (login.isEmpty()) {
            return refuse(400, "lti.refused.state", "launch with a state that is unknown or used already");
        }
        // Used up now, whatever happens next: a state (and its nonce) works once.
        int used = em.createQuery("delete from LtiLogin l where l.id = :id").setParameter("id", login.get().getId())
                .executeUpdate();
        if (used != 1 || login.get().getExpiresAt().isBefore(clock.instant())) {
            return refuse(400, "lti.refused.state", "launch with a state that expired or was used at the same moment");
        }
        if (!state.equals(browserState)) {
            return refuse(400, "lti.refused.browser", "launch in another browser than the login");
        }
        Optional<LtiPlatform> platform = platforms.find(login.get().getPlatformId());
        if (platform.isEmpty()) {
            return refuse(403, "lti.refused.unknownPlatform", "launch for a platform removed meanwhile");
        }
        LtiPlatform p = platform.get();
        LaunchClaims claims;
        try {
            JWTClaimsSet verified = verifier.verify(idToken, p.getIssuer(), p.getClientId(), p.getJwksUrl(),
                    login.get().getNonce());
            claims = LaunchClaims.of(verified);
        } catch (TokenRefused refused) {
            return refuse(refused.reason().equals("lti.refused.keysUnavailable") ? 502 : 401, refused.reason(),
                    "launch from " + p.getIssuer() + ": " + refused.getMessage());
        } catch (ParseException e) {
            return refuse(400, "lti.refused.malformed", "launch from " + p.getIssuer() + ": " + e.getMessage());
        }
        Optional<String> problem = claims.problem();
        if (problem.isPresent()) {
            return refuse(problem.get().equals("lti.refused.deployment") ? 403 : 400, problem.get(),
                    "launch from " + p.getIssuer() + " (" + claims.messageType() + ")");
        }
        Optional<LtiDeployment> deployment = p.deployment(claims.deploymentId());
        if (deployment.isEmpty()) {
            return refuse(403, "lti.refused.deployment", "launch from " + p.getIssuer() + " for deployment "
                    + claims.deploymentId() + ", which is not registered");
        }
        if (!claims.isDeepLinking() && modules.find(claims.moduleUuid().orElseThrow())
                .flatMap(m -> m.currentVersion()).isEmpty()) {
            return refuse(404, "lti.refused.noModule", "launch from " + p.getIssuer() + " into a module that is not published");
        }
        ExternalIdentities.ExternalPerson person = new ExternalIdentities.ExternalPerson(p.getIssuer(), claims.subject(),
                claims.email(), false, claims.name(), p.getName());
        ExternalIdentities.Arrival arrival = identities.arrive(person);
        if (arrival instanceof ExternalIdentities.Refused no) {
            String reason = no.reason().equals("identity.sso.noEmail") ? "lti.refused.noEmail" : "lti.refused.disabled";
            return refuse(403, reason, "launch from " + p.getIssuer() + ": " + no.reason());
        }
        return new Launched(p.getId(), p.getName(), deployment.get().getOrganisationUuid(), claims, arrival, person);
    }

    /**
     * Remembers the gradebook column a launched person's scores go to (when the platform
     * gave one and lets the tool send scores).
     */
    @Transactional
    public void remember(long accountId, Launched launched) {
        Optional<String> lineItem = launched.claims().scoredLineItem();
        Optional<String> module = launched.claims().moduleUuid();
        if (lineItem.isEmpty() || module.isEmpty()) {
            return;
        }
        Optional<LtiLink> known = em.createQuery("select l from LtiLink l where l.accountId = :a and l.lineItemUrl = :li",
                LtiLink.class).setParameter("a", accountId).setParameter("li", lineItem.get()).getResultStream().findFirst();
        if (known.isPresent()) {
            known.get().launchedAgain(module.get(), launched.claims().subject(), platformClock.instant());
        } else {
            em.persist(new LtiLink(accountId, launched.platformId(), module.get(), lineItem.get(),
                    launched.claims().subject(), platformClock.instant()));
        }
    }

    private Refused refuse(int status, String reason, String detail) {
        audit.record(null, null, "LTI_LAUNCH_REFUSED", detail + " [" + reason.replace("lti.refused.", "") + "]");
        return new Refused(status, reason);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** How long a login waits for its launch. */
    public Duration loginLifetime() {
        return Duration.ofSeconds(loginSeconds);
    }
}
