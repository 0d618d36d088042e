package org.commonground.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonground.learning.boundary.Standing;

/** "My learning": assigned modules with due dates, all others, where to continue, and the learner's stage. */
@Named
@RequestScoped
public class MyLearningBacking {

    @Inject
    Standing standing;

    private Standing.Overview overview;

    public Standing.Overview getOverview() {
        if (overview == null) {
            overview = standing.mine();
        }
        return overview;
    }

    public String title(String moduleUuid) {
        return getOverview().titles().getOrDefault(moduleUuid, "");
    }
}
