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

    @Inject
    org.commonground.reflection.boundary.FollowUps followUps;

    @Inject
    @org.omnifaces.cdi.Param(name = "q")
    private String search;

    private Standing.Overview overview;
    private java.util.List<org.commonground.reflection.boundary.FollowUps.Pending> followUpsDue;
    private java.util.List<Standing.Row> found;

    public Standing.Overview getOverview() {
        if (overview == null) {
            overview = standing.mine();
        }
        return overview;
    }

    /** Practice follow-ups waiting for an answer: read only when a completion is 30 days old or more. */
    public java.util.List<org.commonground.reflection.boundary.FollowUps.Pending> getFollowUps() {
        if (followUpsDue == null) {
            java.util.Map<String, java.time.Instant> completions = new java.util.HashMap<>();
            java.util.stream.Stream.concat(getOverview().assigned().stream(), getOverview().others().stream())
                    .filter(r -> r.completedAt() != null).forEach(r -> completions.put(r.moduleUuid(), r.completedAt()));
            followUpsDue = followUps.pending(completions);
        }
        return followUpsDue;
    }

    public String getSearch() {
        return search == null ? "" : search.strip();
    }

    /** The modules matching the search, assigned ones first (empty without a search). */
    public java.util.List<Standing.Row> getFound() {
        if (found == null) {
            java.util.Set<String> matching = getSearch().isEmpty() ? java.util.Set.of() : standing.search(getSearch());
            found = java.util.stream.Stream.concat(getOverview().assigned().stream(), getOverview().others().stream())
                    .filter(r -> matching.contains(r.moduleUuid())).toList();
        }
        return found;
    }

    public String title(String moduleUuid) {
        return getOverview().titles().getOrDefault(moduleUuid, "");
    }
}
