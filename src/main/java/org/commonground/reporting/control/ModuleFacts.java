package org.commonground.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the reports need to know of every module, in one statement: the current title
 * (in stage, then title order) and the number of its latest version with a material
 * change, which makes older completions need a refresh.
 */
@ApplicationScoped
public class ModuleFacts {

    @PersistenceContext
    EntityManager em;

    /** Titles by module uuid, in display order; latest material version by module uuid (absent: none). */
    public record Facts(Map<String, String> titles, Map<String, Integer> lastMaterial) {
    }

    public Facts read() {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, Integer> material = new HashMap<>();
        em.createQuery("select lm.uuid, v.title, v.number, v.material, lm.currentVersion from ModuleVersion v join v.module lm"
                + " where v.number = lm.currentVersion or v.material = :yes order by v.stage, v.title", Object[].class)
                .setParameter("yes", Boolean.TRUE).getResultList().forEach(r -> {
                    String uuid = (String) r[0];
                    int number = ((Number) r[2]).intValue();
                    if (r[4] != null && number == ((Number) r[4]).intValue()) {
                        titles.put(uuid, (String) r[1]);
                    }
                    if (Boolean.TRUE.equals(r[3])) {
                        material.merge(uuid, number, Math::max);
                    }
                });
        return new Facts(titles, material);
    }
}
