package org.commonground.record.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.commonground.identity.boundary.Caller;
import org.commonground.identity.entity.Account;
import org.commonground.progress.boundary.ModuleCompleted;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;
import org.commonground.platform.control.RateLimit;
import org.commonground.record.control.CertificateCodes;
import org.commonground.record.entity.Certificate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A certificate for every completed module version, issued in the transaction that
 * records the completion. Anyone may check a code, a limited number of times per
 * address, and sees only the name, the module and the date.
 */
@ApplicationScoped
public class Certificates {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "commonground.record.verify-limit", defaultValue = "30")
    int verifyLimit;

    @Inject
    @ConfigProperty(name = "commonground.record.verify-window-minutes", defaultValue = "10")
    int verifyWindowMinutes;

    @Inject
    Clock clock;

    private final RateLimit checks = new RateLimit();

    /** What a verification shows: nothing more. */
    public record Verified(String name, String module, Instant completed) {
    }

    void issue(@Observes ModuleCompleted completed) {
        boolean exists = em.createQuery("select count(c) from Certificate c where c.accountId = :a and c.moduleUuid = :m"
                + " and c.moduleVersion = :v", Long.class).setParameter("a", completed.accountId())
                .setParameter("m", completed.moduleUuid()).setParameter("v", completed.version()).getSingleResult() > 0;
        if (!exists) {
            em.persist(new Certificate(CertificateCodes.next(), completed.accountId(), completed.moduleUuid(),
                    completed.version(), completed.title(), completed.at()));
        }
    }

    public List<Certificate> mine() {
        return of(caller.id());
    }

    public List<Certificate> of(long accountId) {
        return em.createQuery("select c from Certificate c where c.accountId = :a order by c.issuedAt desc", Certificate.class)
                .setParameter("a", accountId).getResultList();
    }

    /** One of the caller's own certificates; anyone else's is "not found". */
    public Certificate mine(long certificateId) {
        Certificate certificate = em.find(Certificate.class, certificateId);
        if (certificate == null || certificate.getAccountId() != caller.id()) {
            throw new NotFoundException("record.certificate.notFound");
        }
        return certificate;
    }

    /** Checks a code. Every check counts against the address, so codes cannot be tried in bulk. */
    public Optional<Verified> verify(String typed, String address) {
        Instant now = clock.instant();
        Duration window = Duration.ofMinutes(verifyWindowMinutes);
        if (!checks.waitFor(address, verifyLimit, window, now).isZero()) {
            throw new BusinessException("record.verify.throttled");
        }
        checks.record(address, window, now);
        String code = CertificateCodes.normalise(typed);
        return em.createQuery("select c from Certificate c where c.code = :code", Certificate.class)
                .setParameter("code", code).getResultStream().findFirst()
                .map(c -> new Verified(em.find(Account.class, c.getAccountId()).getDisplayName(), c.getModuleTitle(),
                        c.getIssuedAt()));
    }
}
