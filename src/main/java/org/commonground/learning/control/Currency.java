package org.commonground.learning.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Whether a completion still counts: not when a material change was published
 * after the version completed, nor when it is older than the renewal period of an
 * assignment of the module.
 */
public final class Currency {

    private Currency() {
    }

    /**
     * @param completedVersion the version completed
     * @param latestMaterialVersion the newest version published as a material change (0 if none)
     * @param renewalMonths the shortest renewal period among the learner's assignments of it, or null
     */
    public static boolean isCurrent(int completedVersion, Instant completedAt, int latestMaterialVersion,
            Integer renewalMonths, LocalDate today, ZoneId zone) {
        if (completedVersion < latestMaterialVersion) {
            return false;
        }
        if (renewalMonths != null) {
            LocalDate renewBy = completedAt.atZone(zone).toLocalDate().plusMonths(renewalMonths);
            return today.isBefore(renewBy);
        }
        return true;
    }

    public static LocalDate renewalDate(Instant completedAt, int renewalMonths, ZoneId zone) {
        return completedAt.atZone(zone).toLocalDate().plusMonths(renewalMonths);
    }
}
