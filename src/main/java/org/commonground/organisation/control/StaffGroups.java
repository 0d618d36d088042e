package org.commonground.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The staff groups a member can belong to (configurable), against which maturity
 * activities are evidenced: frontline practitioners, engagement practitioners,
 * support staff, managers and board members by default.
 */
@Named("staffGroups")
@ApplicationScoped
public class StaffGroups {

    @Inject
    @ConfigProperty(name = "commonground.organisation.staff-groups",
            defaultValue = "frontline_practitioner,engagement_practitioner,support_staff,manager,board_member")
    String configured;

    public List<String> getKeys() {
        return Arrays.stream(configured.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public boolean exists(String key) {
        return getKeys().contains(key);
    }

    /** The key of a staff group typed by its name ("Frontline practitioner") or its key, in any case. */
    public java.util.Optional<String> keyFor(String typed) {
        String wanted = typed == null ? "" : typed.strip().replace(' ', '_').toLowerCase(java.util.Locale.ROOT);
        return getKeys().stream().filter(k -> k.equalsIgnoreCase(wanted)).findFirst();
    }

    /** "frontline_practitioner" reads "Frontline practitioner". */
    public String label(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        String words = key.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
