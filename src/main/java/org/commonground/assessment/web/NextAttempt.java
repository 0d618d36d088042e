package org.commonground.assessment.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.commonground.assessment.control.Standing;

/**
 * Whether a learner may make another attempt now, as the quiz page and the feedback
 * page both say it: every allowed attempt used (and whom to ask for more), or a wait
 * until a time, or open. The trainers' names are read only when attempts are used up.
 */
public final class NextAttempt {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK);

    private final Standing standing;
    private final Instant now;
    private final ZoneId zone;
    private final Supplier<List<String>> trainers;
    private List<String> names;

    NextAttempt(Standing standing, Instant now, String zone, Supplier<List<String>> trainers) {
        this.standing = standing;
        this.now = now;
        this.zone = ZoneId.of(zone);
        this.trainers = trainers;
    }

    public Standing getStanding() {
        return standing;
    }

    public boolean isUsedUp() {
        return standing.usedUp();
    }

    public boolean isWaiting() {
        return !standing.usedUp() && standing.waiting(now);
    }

    /** No attempt can be made now. */
    public boolean isClosed() {
        return standing.usedUp() || standing.waiting(now);
    }

    public String getNextAt() {
        return standing.nextAt() == null ? "" : WHEN.format(standing.nextAt().atZone(zone));
    }

    /** The module's trainers, who can allow more attempts (as can the learner's manager). */
    public List<String> getTrainers() {
        if (names == null) {
            names = standing.usedUp() ? trainers.get() : List.of();
        }
        return names;
    }

    /** The trainers' names as one phrase: "A", "A or B", "A, B or C". */
    public String getTrainerNames() {
        List<String> all = getTrainers();
        if (all.size() <= 1) {
            return String.join("", all);
        }
        return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }
}
