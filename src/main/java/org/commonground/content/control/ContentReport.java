package org.commonground.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** What the last content load found, for the administrators' content page. */
@ApplicationScoped
public class ContentReport {

    /** The outcome of one load. */
    public record Load(Instant at, String source, long millis, int modulesRead, int imported, int unchanged,
            int conflicts, List<Problem> problems, List<String> brokenModules) {
    }

    private volatile Load last;

    public void record(Load load) {
        this.last = load;
    }

    public Load last() {
        return last;
    }
}
