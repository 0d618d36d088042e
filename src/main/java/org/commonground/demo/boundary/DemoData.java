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
import org.commonground.identity.boundary.Accounts;
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

    void load(@Observes @Priority(Bootstrap.SCHEMA_READY + 300) Startup startup) {
        if (!enabled) {
            return;
        }
        Map<String, Object> seeds = read();
        String password = (String) seeds.get("password");
        int created = 0;
        for (Map<String, Object> person : DemoData.<Map<String, Object>>list(seeds.get("accounts"))) {
            String email = (String) person.get("email");
            if (accounts.findByEmail(email).isPresent()) {
                continue;
            }
            Role[] roles = DemoData.<Object>list(person.get("roles")).stream().map(Object::toString).map(Role::valueOf).toArray(Role[]::new);
            accounts.create((String) person.get("name"), email, password, false, roles);
            created++;
        }
        int count = created;
        LOG.info(() -> "Demo data loaded: " + count + " accounts created");
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
    private static <T> List<T> list(Object value) {
        return value == null ? List.of() : (List<T>) value;
    }
}
