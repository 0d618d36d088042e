package org.commonground.demo.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.HashMap;
import org.commonground.identity.boundary.Accounts;
import org.commonground.identity.entity.Account;
import org.commonground.organisation.boundary.JoinCodes;
import org.commonground.organisation.boundary.ManagerScopes;
import org.commonground.organisation.boundary.Memberships;
import org.commonground.organisation.boundary.Organisations;
import org.commonground.organisation.entity.Organisation;
import org.commonground.organisation.entity.Team;
import org.commonground.identity.entity.Role;
import org.commonground.platform.boundary.Bootstrap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads {@code seeds/demo.yaml} when demo data is switched on. Idempotent: what
 * already exists (accounts by email) is left as it is, so restarts change nothing.
 */
@ApplicationScoped
public class DemoData {

    static final String SEEDS = "shipped/seeds/demo.yaml";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "commonground.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Inject
    ManagerScopes managerScopes;

    @Inject
    JoinCodes joinCodes;

    /** All in one transaction: the seeds are loaded completely or not at all. */
    @jakarta.transaction.Transactional
    void load(@Observes @Priority(Bootstrap.SCHEMA_READY + 300) Startup startup) {
        if (!enabled) {
            return;
        }
        Map<String, Object> seeds = read();
        String password = (String) seeds.get("password");
        Map<String, Object> org = DemoData.<Object>map(seeds.get("organisation"));
        Organisation organisation = organisations.ensure((String) org.get("uuid"), (String) org.get("name"));
        Map<String, Team> teams = new HashMap<>();
        for (Map<String, Object> team : DemoData.<Map<String, Object>>list(org.get("teams"))) {
            teams.put((String) team.get("uuid"), organisations.ensureTeam(organisation, (String) team.get("uuid"), (String) team.get("name")));
        }
        if (org.get("join_code") != null) {
            joinCodes.ensure(organisation, (String) org.get("join_code"), 365);
        }
        int created = 0;
        for (Map<String, Object> person : DemoData.<Map<String, Object>>list(seeds.get("accounts"))) {
            String email = (String) person.get("email");
            Account account = accounts.findByEmail(email).orElse(null);
            if (account == null) {
                Role[] roles = DemoData.<Object>list(person.get("roles")).stream().map(Object::toString)
                        .filter(r -> !r.equals("MANAGER")).map(Role::valueOf).toArray(Role[]::new);
                account = accounts.create((String) person.get("name"), email, password, false, roles);
                created++;
            }
            if (person.get("staff_group") != null) {
                List<Team> theirTeams = DemoData.<String>list(person.get("teams")).stream().map(teams::get).toList();
                memberships.ensure(account, organisation, (String) person.get("staff_group"), theirTeams);
            }
            for (String managed : DemoData.<String>list(person.get("manages"))) {
                if (!managed.equals("organisation") && !teams.containsKey(managed)) {
                    throw new IllegalStateException("Demo data: " + email + " manages " + managed + ", which is not one of its teams");
                }
                managerScopes.ensure(account, organisation, managed.equals("organisation") ? null : teams.get(managed));
            }
        }
        int count = created;
        LOG.info(() -> "Demo data loaded: " + organisation.getName() + ", " + teams.size() + " teams, " + count + " accounts created");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read() {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(SEEDS)) {
            if (in == null) {
                throw new IllegalStateException("Demo data is switched on but " + SEEDS + " is missing from the WAR");
            }
            return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> map(Object value) {
        return value == null ? Map.of() : (Map<String, T>) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return value == null ? List.of() : (List<T>) value;
    }
}
