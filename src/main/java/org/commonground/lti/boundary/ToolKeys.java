package org.commonground.lti.boundary;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.commonground.identity.boundary.Caller;
import org.commonground.lti.control.PrivateKeyCodec;
import org.commonground.lti.entity.ToolKey;
import org.commonground.platform.boundary.ScheduledJob;
import org.commonground.platform.control.Leases;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tool's RSA signing keys, kept in the database so that every node signs with the
 * same key and publishes the same key set. The newest key signs. Once a day the
 * scheduler makes a new key when the newest is older than
 * {@code commonground.lti.key-rotate-days} (an administrator can also rotate at once);
 * the older key is retired but stays in the published set for
 * {@code commonground.lti.key-keep-hours}, far longer than any token it signed lives
 * (five minutes), and is then deleted. Keys keep real time.
 */
@ApplicationScoped
public class ToolKeys implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(ToolKeys.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "commonground.lti.key-rotate-days", defaultValue = "90")
    int rotateDays;

    @Inject
    @ConfigProperty(name = "commonground.lti.key-keep-hours", defaultValue = "48")
    int keepHours;

    @Inject
    @ConfigProperty(name = "commonground.lti.key-secret")
    java.util.Optional<String> secret;

    Clock clock = Clock.systemUTC();

    /** One key as administrators see it. */
    public record Shown(String kid, Instant createdAt, Instant retiredAt) {
    }

    @Override
    public String name() {
        return "lti-key-rotation";
    }

    @Override
    public String period(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).toString();
    }

    @Override
    @Transactional
    public void run(Leases.Lease lease) {
        Instant now = clock.instant();
        List<ToolKey> keys = keys();
        if (keys.isEmpty() || keys.get(0).getCreatedAt().isBefore(now.minus(Duration.ofDays(rotateDays)))) {
            rotate();
        }
        int deleted = em.createQuery("delete from ToolKey k where k.retiredAt is not null and k.retiredAt < :before")
                .setParameter("before", now.minus(Duration.ofHours(keepHours))).executeUpdate();
        if (deleted > 0) {
            LOG.info(() -> deleted + " retired LTI tool key(s) no longer published");
        }
    }

    /** An administrator rotates the keys now. */
    @Transactional
    public String rotateNow() {
        caller.requireAdmin();
        return rotate();
    }

    /** Makes a new signing key; the one that signed until now is retired (and stays published for a while). */
    @Transactional
    public String rotate() {
        Instant now = clock.instant();
        keys().forEach(k -> k.retire(now));
        RSAKey made;
        try {
            made = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        em.persist(new ToolKey(made.getKeyID(), made.toPublicJWK().toJSONString(), codec().seal(made), now));
        em.flush();
        LOG.info(() -> "A new LTI tool signing key " + made.getKeyID() + " was made");
        return made.getKeyID();
    }

    /** The key that signs now, with its private part (a first key is made if there is none). */
    @Transactional
    public RSAKey signing() {
        List<ToolKey> keys = keys();
        if (keys.isEmpty()) {
            rotate();
            keys = keys();
        }
        return codec().open(keys.get(0).getPrivateJwk());
    }

    /** The public key set every platform fetches: the signing key and the retired keys still kept. */
    @Transactional
    public JWKSet published() {
        List<ToolKey> keys = keys();
        if (keys.isEmpty()) {
            signing();
            keys = keys();
        }
        return new JWKSet(keys.stream().map(k -> {
            try {
                return (JWK) JWK.parse(k.getPublicJwk());
            } catch (ParseException e) {
                throw new IllegalStateException(e);
            }
        }).toList());
    }

    public List<Shown> shown() {
        return keys().stream().map(k -> new Shown(k.getKid(), k.getCreatedAt(), k.getRetiredAt())).toList();
    }

    /** Whether private keys are stored encrypted (a secret is configured). */
    public boolean encrypted() {
        return codec().encrypts();
    }

    private PrivateKeyCodec codec() {
        return new PrivateKeyCodec(secret.orElse(null));
    }

    /** Newest first. */
    private List<ToolKey> keys() {
        return em.createQuery("select k from ToolKey k order by k.createdAt desc, k.id desc", ToolKey.class).getResultList();
    }
}
