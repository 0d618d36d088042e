package org.commonground.lti.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonground.identity.boundary.Audit;
import org.commonground.identity.boundary.Caller;
import org.commonground.lti.control.LaunchClaims;
import org.commonground.lti.entity.LtiPlatform;
import org.commonground.organisation.boundary.Organisations;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;

/**
 * The learning platforms (LMSs) administrators register: who may launch the tool, and
 * where the tool finds each platform's login, token and key addresses. A deployment
 * may be tied to an organisation, by its name, so that people launched from it join
 * it as learners.
 */
@ApplicationScoped
public class Platforms {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Organisations organisations;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** What an administrator typed; {@code deployments} has one deployment id a line, optionally "= organisation name". */
    public record Form(String name, String issuer, String clientId, String loginUrl, String tokenUrl, String jwksUrl,
            String deployments) {
    }

    public List<LtiPlatform> all() {
        caller.requireAdmin();
        return em.createQuery("select distinct p from LtiPlatform p left join fetch p.deployments order by p.name",
                LtiPlatform.class).getResultList();
    }

    public Optional<LtiPlatform> find(long id) {
        return Optional.ofNullable(em.find(LtiPlatform.class, id));
    }

    /** The platform with this issuer (and client id, when the platform sent one). */
    public Optional<LtiPlatform> find(String issuer, String clientId) {
        return em.createNamedQuery(LtiPlatform.BY_ISSUER, LtiPlatform.class).setParameter("issuer", issuer == null ? "" : issuer)
                .getResultStream().filter(p -> clientId == null || clientId.isBlank() || p.getClientId().equals(clientId))
                .findFirst();
    }

    /** The form of a platform as it is now, to edit. */
    public Form form(long id) {
        caller.requireAdmin();
        LtiPlatform platform = find(id).orElseThrow(() -> new NotFoundException("lti.admin.notFound"));
        Map<String, String> names = organisationNames();
        StringBuilder lines = new StringBuilder();
        platform.getDeployments().forEach(d -> lines.append(d.getDeploymentId())
                .append(d.getOrganisationUuid() == null ? "" : " = " + names.getOrDefault(d.getOrganisationUuid(), "?"))
                .append('\n'));
        return new Form(platform.getName(), platform.getIssuer(), platform.getClientId(), platform.getLoginUrl(),
                platform.getTokenUrl(), platform.getJwksUrl(), lines.toString().strip());
    }

    /** The problems with a form, by field (empty when it can be saved). */
    public Map<String, String> problems(Form form, Long editing) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(form.name()) || form.name().strip().length() > 200) {
            problems.put("name", "lti.admin.nameNeeded");
        }
        if (!LaunchClaims.isWebAddress(form.issuer()) || form.issuer().strip().length() > 400) {
            problems.put("issuer", "lti.admin.addressNeeded");
        }
        if (blank(form.clientId()) || form.clientId().strip().length() > 255) {
            problems.put("clientId", "lti.admin.clientIdNeeded");
        }
        for (String field : List.of("loginUrl", "tokenUrl", "jwksUrl")) {
            String value = field.equals("loginUrl") ? form.loginUrl() : field.equals("tokenUrl") ? form.tokenUrl() : form.jwksUrl();
            if (!LaunchClaims.isWebAddress(value) || value.strip().length() > 1000) {
                problems.put(field, "lti.admin.addressNeeded");
            }
        }
        try {
            deployments(form.deployments());
        } catch (BusinessException bad) {
            problems.put("deployments", bad.getMessageKey());
        }
        if (!problems.containsKey("issuer") && !problems.containsKey("clientId")) {
            find(form.issuer().strip(), form.clientId().strip()).filter(p -> !p.getId().equals(editing))
                    .ifPresent(p -> problems.put("clientId", "lti.admin.taken"));
        }
        return problems;
    }

    /** Registers a platform, or changes one ({@code editing}); the form must have no problems. */
    @Transactional
    public LtiPlatform save(Form form, Long editing) {
        caller.requireAdmin();
        Map<String, String> problems = problems(form, editing);
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            throw BusinessException.onField(first.getKey(), first.getValue());
        }
        LtiPlatform platform;
        if (editing == null) {
            platform = new LtiPlatform(form.name().strip(), form.issuer().strip(), form.clientId().strip(),
                    form.loginUrl().strip(), form.tokenUrl().strip(), form.jwksUrl().strip(), clock.instant());
            em.persist(platform);
        } else {
            platform = find(editing).orElseThrow(() -> new NotFoundException("lti.admin.notFound"));
            platform.change(form.name().strip(), form.issuer().strip(), form.clientId().strip(), form.loginUrl().strip(),
                    form.tokenUrl().strip(), form.jwksUrl().strip());
        }
        platform.deployments(deployments(form.deployments()));
        em.flush();
        audit.record(null, null, editing == null ? "LTI_PLATFORM_ADDED" : "LTI_PLATFORM_CHANGED",
                platform.getName() + " (" + platform.getIssuer() + ")");
        return platform;
    }

    @Transactional
    public void delete(long id) {
        caller.requireAdmin();
        find(id).ifPresent(platform -> {
            em.createQuery("delete from LtiLink l where l.platformId = :p").setParameter("p", id).executeUpdate();
            em.createQuery("delete from LtiLogin l where l.platformId = :p").setParameter("p", id).executeUpdate();
            em.remove(platform);
            audit.record(null, null, "LTI_PLATFORM_REMOVED", platform.getName() + " (" + platform.getIssuer() + ")");
        });
    }

    /** Deployment ids to organisation uuids (or null), from the administrator's lines. */
    private Map<String, String> deployments(String text) {
        Map<String, String> names = new LinkedHashMap<>();
        organisationNames().forEach((uuid, name) -> names.put(name.strip().toLowerCase(Locale.ROOT), uuid));
        Map<String, String> wanted = new LinkedHashMap<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("=", 2);
            String id = parts[0].strip();
            if (id.isEmpty() || id.length() > 255 || wanted.containsKey(id)) {
                throw new BusinessException("lti.admin.deploymentBad");
            }
            String organisation = null;
            if (parts.length == 2) {
                organisation = names.get(parts[1].strip().toLowerCase(Locale.ROOT));
                if (organisation == null) {
                    throw new BusinessException("lti.admin.organisationUnknown");
                }
            }
            wanted.put(id, organisation);
        }
        if (wanted.isEmpty()) {
            throw new BusinessException("lti.admin.deploymentNeeded");
        }
        return wanted;
    }

    private Map<String, String> organisationNames() {
        Map<String, String> names = new LinkedHashMap<>();
        organisations.all().forEach(o -> names.put(o.uuid(), o.name()));
        return names;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
