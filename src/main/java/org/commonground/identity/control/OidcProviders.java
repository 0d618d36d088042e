package org.commonground.identity.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.MalformedURLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The OpenID Connect providers people may sign in with, from settings
 * ({@code commonground.oidc.providers=entra} and {@code commonground.oidc.entra.*};
 * see README "Configuration"). Each provider's discovery document
 * ({@code <issuer>/.well-known/openid-configuration}) is read on first use and kept;
 * its ID token validator keeps the provider's signing keys and fetches them again
 * when a token names a key it does not know (the provider rotated its keys).
 */
@ApplicationScoped
public class OidcProviders {

    static final String PREFIX = "commonground.oidc.";
    static final int TIMEOUT_MILLIS = 5000;
    static final int READ_TIMEOUT_MILLIS = 10000;

    /** One provider's settings. {@code organisationMap} maps a claim's value to an organisation's id. */
    public record Provider(String id, String name, Issuer issuer, ClientID clientId, Secret secret, Scope scopes,
            String emailClaim, String nameClaim, String organisationClaim, String staffGroupClaim,
            Map<String, String> organisationMap) {

        /** The organisation a claimed value names: through the map when there is one, else the value itself. */
        public Optional<String> organisationFor(String claimed) {
            if (claimed == null || claimed.isBlank()) {
                return Optional.empty();
            }
            return organisationMap.isEmpty() ? Optional.of(claimed) : Optional.ofNullable(organisationMap.get(claimed));
        }
    }

    private final Map<String, OIDCProviderMetadata> metadata = new ConcurrentHashMap<>();
    private final Map<String, IDTokenValidator> validators = new ConcurrentHashMap<>();

    public List<Provider> all() {
        Config config = ConfigProvider.getConfig();
        return Arrays.stream(config.getOptionalValue(PREFIX + "providers", String.class).orElse("").split(","))
                .map(String::trim).filter(id -> id.matches("[a-z0-9-]{1,40}"))
                .map(id -> read(config, id)).flatMap(Optional::stream).toList();
    }

    public Optional<Provider> find(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static Optional<Provider> read(Config config, String id) {
        String at = PREFIX + id + ".";
        Optional<String> issuer = config.getOptionalValue(at + "issuer", String.class);
        Optional<String> clientId = config.getOptionalValue(at + "client-id", String.class);
        if (issuer.isEmpty() || clientId.isEmpty()) {
            return Optional.empty();
        }
        String name = config.getOptionalValue(at + "name", String.class)
                .orElse(id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1));
        Map<String, String> map = new LinkedHashMap<>();
        config.getOptionalValue(at + "organisation-map", String.class).ifPresent(value -> Arrays.stream(value.split(","))
                .map(pair -> pair.split("=", 2)).filter(pair -> pair.length == 2)
                .forEach(pair -> map.put(pair[0].trim(), pair[1].trim())));
        return Optional.of(new Provider(id, name, new Issuer(issuer.get().trim()), new ClientID(clientId.get().trim()),
                new Secret(config.getOptionalValue(at + "client-secret", String.class).orElse("")),
                Scope.parse(config.getOptionalValue(at + "scopes", String.class).orElse("openid email profile")
                        .replace(',', ' ')),
                config.getOptionalValue(at + "email-claim", String.class).orElse("email"),
                config.getOptionalValue(at + "name-claim", String.class).orElse("name"),
                config.getOptionalValue(at + "organisation-claim", String.class).orElse(""),
                config.getOptionalValue(at + "staff-group-claim", String.class).orElse(""),
                Map.copyOf(map)));
    }

    /** The provider's discovery document, read once (a failed read is tried again next time). */
    public OIDCProviderMetadata metadata(Provider provider) throws GeneralException, IOException {
        OIDCProviderMetadata known = metadata.get(provider.id());
        if (known == null || !known.getIssuer().equals(provider.issuer())) {
            known = OIDCProviderMetadata.resolve(provider.issuer(), TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS);
            metadata.put(provider.id(), known);
        }
        return known;
    }

    /** The discovery document if it has been read already (no network call). */
    public Optional<OIDCProviderMetadata> knownMetadata(String providerId) {
        return Optional.ofNullable(metadata.get(providerId));
    }

    /**
     * The provider's ID token validator: signature by the provider's keys (from its
     * jwks_uri, kept, and fetched again for an unknown key id), issuer, audience,
     * expiry and nonce.
     */
    public IDTokenValidator validator(Provider provider) throws GeneralException, IOException {
        OIDCProviderMetadata meta = metadata(provider);
        IDTokenValidator known = validators.get(provider.id());
        if (known == null || !known.getExpectedIssuer().equals(meta.getIssuer())
                || !known.getClientID().equals(provider.clientId())) {
            List<JWSAlgorithm> algorithms = meta.getIDTokenJWSAlgs() == null ? List.of() : meta.getIDTokenJWSAlgs();
            JWSAlgorithm algorithm = algorithms.contains(JWSAlgorithm.RS256) || algorithms.isEmpty()
                    ? JWSAlgorithm.RS256 : algorithms.get(0);
            try {
                known = new IDTokenValidator(meta.getIssuer(), provider.clientId(), algorithm, meta.getJWKSetURI().toURL(),
                        new DefaultResourceRetriever(TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS, 512 * 1024));
            } catch (MalformedURLException e) {
                throw new GeneralException("The provider's jwks_uri is not a URL", e);
            }
            validators.put(provider.id(), known);
        }
        return known;
    }
}
