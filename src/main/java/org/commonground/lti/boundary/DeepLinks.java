package org.commonground.lti.boundary;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.commonground.content.boundary.Modules;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.lti.control.LaunchClaims;
import org.commonground.lti.entity.LtiPlatform;
import org.commonground.platform.boundary.NotFoundException;

/**
 * LTI Deep Linking 2.0: an instructor in their learning platform asked to pick a
 * module; the answer is a JWT signed with the tool's key, naming the chosen module as
 * an LTI resource link (with a gradebook column of 100 points when the platform
 * accepts one), which the browser posts back to the platform's return address.
 */
@ApplicationScoped
public class DeepLinks {

    /** Our tokens live five minutes; retired keys stay published far longer (see {@link ToolKeys}). */
    static final int LIFETIME_SECONDS = 300;

    @Inject
    Platforms platforms;

    @Inject
    Modules modules;

    @Inject
    ToolKeys keys;

    /** Signs with the tool's key, and keeps real time: the platform checks our tokens with its own clock. */
    Clock clock = Clock.systemUTC();

    /** A deep-linking request waiting for the instructor's choice (kept on their session). */
    public record Request(long platformId, String deploymentId, LaunchClaims.DeepLinking settings) implements Serializable {
    }

    /** The answer to post back: where, and the signed JWT. */
    public record Answer(String returnUrl, String jwt) implements Serializable {
    }

    /** The modules an instructor can choose: every published one. */
    public List<ModuleVersion> choices() {
        return modules.published();
    }

    /** The signed answer naming this module, to be opened at {@code launchUrl}. */
    public Answer answer(Request request, String moduleUuid, String launchUrl) {
        LtiPlatform platform = platforms.find(request.platformId())
                .orElseThrow(() -> new NotFoundException("lti.admin.notFound"));
        ModuleVersion module = modules.published().stream().filter(v -> v.getModule().getUuid().equals(moduleUuid))
                .findFirst().orElseThrow(() -> new NotFoundException("learning.module.notFound"));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "ltiResourceLink");
        item.put("title", module.getTitle());
        item.put("url", launchUrl);
        item.put("custom", Map.of("module", moduleUuid));
        if (request.settings().acceptLineItem()) {
            item.put("lineItem", Map.of("scoreMaximum", 100, "label", module.getTitle(), "resourceId", moduleUuid));
        }
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(platform.getClientId())
                .audience(platform.getIssuer()).issueTime(Date.from(clock.instant()))
                .expirationTime(Date.from(clock.instant().plusSeconds(LIFETIME_SECONDS)))
                .claim("nonce", UUID.randomUUID().toString())
                .claim(LaunchClaims.LTI + "message_type", "LtiDeepLinkingResponse")
                .claim(LaunchClaims.LTI + "version", "1.3.0")
                .claim(LaunchClaims.LTI + "deployment_id", request.deploymentId())
                .claim(LaunchClaims.DL + "content_items", List.of(item));
        if (request.settings().data() != null) {
            claims.claim(LaunchClaims.DL + "data", request.settings().data());
        }
        RSAKey key = keys.signing();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return new Answer(request.settings().returnUrl(), jwt.serialize());
    }
}
