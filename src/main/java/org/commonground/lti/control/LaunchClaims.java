package org.commonground.lti.control;

import com.nimbusds.jwt.JWTClaimsSet;
import java.io.Serializable;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an LTI 1.3 launch token says, once its signature and standard claims are
 * checked: the message (a resource-link launch or a deep-linking request), the
 * deployment, the person, the module it opens, and the gradebook column (line item)
 * for scores. Claim names are those of IMS LTI 1.3 core, Deep Linking 2.0 and
 * Assignment and Grade Services 2.0.
 */
public record LaunchClaims(String messageType, String version, String deploymentId, String subject, String email,
        String name, String targetLinkUri, String resourceLinkId, String customModule, String lineItem,
        List<String> agsScopes, DeepLinking deepLinking) implements Serializable {

    public static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    public static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    public static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/";
    public static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String RESOURCE_LINK = "LtiResourceLinkRequest";
    public static final String DEEP_LINKING = "LtiDeepLinkingRequest";
    private static final Pattern UUID = Pattern.compile(
            "(?:/lti/module/|[?&]module=)([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");
    private static final Pattern BARE_UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The platform's deep-linking settings: where to send the choice, and what it accepts. */
    public record DeepLinking(String returnUrl, List<String> acceptTypes, boolean acceptLineItem, String data)
            implements Serializable {
    }

    public static LaunchClaims of(JWTClaimsSet claims) throws ParseException {
        Map<String, Object> custom = claims.getJSONObjectClaim(LTI + "custom");
        Map<String, Object> link = claims.getJSONObjectClaim(LTI + "resource_link");
        Map<String, Object> ags = claims.getJSONObjectClaim(AGS + "endpoint");
        Map<String, Object> settings = claims.getJSONObjectClaim(DL + "deep_linking_settings");
        DeepLinking deepLinking = settings == null ? null : new DeepLinking(text(settings.get("deep_link_return_url")),
                strings(settings.get("accept_types")), !Boolean.FALSE.equals(settings.get("accept_lineitem")),
                text(settings.get("data")));
        String name = claims.getStringClaim("name");
        if (name == null) {
            name = String.join(" ", java.util.stream.Stream.of(claims.getStringClaim("given_name"),
                    claims.getStringClaim("family_name")).filter(s -> s != null && !s.isBlank()).toList());
        }
        return new LaunchClaims(claims.getStringClaim(LTI + "message_type"), claims.getStringClaim(LTI + "version"),
                claims.getStringClaim(LTI + "deployment_id"), claims.getSubject(), claims.getStringClaim("email"), name,
                claims.getStringClaim(LTI + "target_link_uri"), link == null ? null : text(link.get("id")),
                custom == null ? null : text(custom.get("module")), ags == null ? null : text(ags.get("lineitem")),
                ags == null ? List.of() : strings(ags.get("scope")), deepLinking);
    }

    /** Why this launch cannot be accepted (a message key), or empty. */
    public Optional<String> problem() {
        if (!"1.3.0".equals(version)) {
            return Optional.of("lti.refused.version");
        }
        if (deploymentId == null || deploymentId.isBlank()) {
            return Optional.of("lti.refused.deployment");
        }
        if (subject == null || subject.isBlank()) {
            return Optional.of("lti.refused.anonymous");
        }
        if (RESOURCE_LINK.equals(messageType)) {
            return resourceLinkId == null || resourceLinkId.isBlank() ? Optional.of("lti.refused.malformed")
                    : moduleUuid().isEmpty() ? Optional.of("lti.refused.noModule") : Optional.empty();
        }
        if (DEEP_LINKING.equals(messageType)) {
            return deepLinking == null || !isWebAddress(deepLinking.returnUrl()) ? Optional.of("lti.refused.malformed")
                    : deepLinking.acceptTypes().contains("ltiResourceLink") ? Optional.empty()
                            : Optional.of("lti.refused.notAccepted");
        }
        return Optional.of("lti.refused.messageType");
    }

    public boolean isDeepLinking() {
        return DEEP_LINKING.equals(messageType);
    }

    /** The module to open: from the custom parameter {@code module}, else from the target link's address. */
    public Optional<String> moduleUuid() {
        if (customModule != null && BARE_UUID.matcher(customModule.strip()).matches()) {
            return Optional.of(customModule.strip().toLowerCase(java.util.Locale.ROOT));
        }
        Matcher found = UUID.matcher(targetLinkUri == null ? "" : targetLinkUri);
        return found.find() ? Optional.of(found.group(1).toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    /** The line item scores go to, when the platform lets the tool send scores there. */
    public Optional<String> scoredLineItem() {
        return lineItem != null && isWebAddress(lineItem) && agsScopes.contains(SCORE_SCOPE) ? Optional.of(lineItem)
                : Optional.empty();
    }

    public static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value == null ? "" : value.strip());
            return uri.isAbsolute() && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
