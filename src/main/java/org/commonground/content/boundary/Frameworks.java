package org.commonground.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.commonground.content.control.ContentParser;
import org.commonground.content.control.Fingerprint;
import org.commonground.content.entity.Framework;
import org.commonground.content.entity.StoredFramework;

/** The skills-and-capacity framework: imported from its file, read by the maturity feature. */
@ApplicationScoped
public class Frameworks {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentParser parser;

    @Inject
    Clock clock;

    private volatile Framework cached;
    private volatile String cachedFingerprint;

    /** Stores the framework file's text if it changed since the last import. */
    @Transactional
    public void importFramework(Framework framework, String text) {
        String fingerprint = Fingerprint.of(new TreeMap<>(Map.of(ContentParser.FRAMEWORK_PATH, text)));
        Optional<StoredFramework> stored = em.createQuery("select f from StoredFramework f where f.uuid = :uuid",
                StoredFramework.class).setParameter("uuid", framework.uuid()).getResultStream().findFirst();
        if (stored.isEmpty()) {
            em.persist(new StoredFramework(framework.uuid(), framework.title(), text, fingerprint, clock.instant()));
        } else if (!stored.get().getFingerprint().equals(fingerprint)) {
            stored.get().replace(framework.title(), text, fingerprint, clock.instant());
        }
    }

    /** The framework as stored, parsed once per change. */
    public Optional<Framework> current() {
        Optional<StoredFramework> stored = em.createQuery("select f from StoredFramework f order by f.importedAt desc",
                StoredFramework.class).setMaxResults(1).getResultStream().findFirst();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (!stored.get().getFingerprint().equals(cachedFingerprint)) {
            cached = parser.parse(Map.of(ContentParser.FRAMEWORK_PATH, stored.get().getContent())).framework().orElse(null);
            cachedFingerprint = stored.get().getFingerprint();
        }
        return Optional.ofNullable(cached);
    }
}
