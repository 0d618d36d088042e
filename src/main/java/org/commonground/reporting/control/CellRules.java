package org.commonground.reporting.control;

import java.time.LocalDate;

/**
 * One person's standing on one assigned module, as a manager sees it, and its
 * red-amber-green: red when overdue or past its renewal, amber when due within the
 * warning period (or needing a refresh after a material change), green otherwise.
 */
public final class CellRules {

    public enum Status {
        COMPLETE, IN_PROGRESS, NOT_STARTED, OVERDUE, NEEDS_REFRESH
    }

    public enum Rag {
        RED, AMBER, GREEN
    }

    /** A cell: what it shows and its colour. */
    public record Cell(Status status, Rag rag) {
    }

    private CellRules() {
    }

    /**
     * @param completedCurrent completed and still current
     * @param completedStale completed, but a material change or renewal makes it need a refresh
     * @param renewalPassed the completion is older than the assignment's renewal period
     */
    public static Cell cell(boolean completedCurrent, boolean completedStale, boolean renewalPassed, boolean started,
            LocalDate due, LocalDate today, int amberDays) {
        if (completedCurrent) {
            return new Cell(Status.COMPLETE, Rag.GREEN);
        }
        if (completedStale) {
            return new Cell(Status.NEEDS_REFRESH, renewalPassed || today.isAfter(due) ? Rag.RED : Rag.AMBER);
        }
        if (today.isAfter(due)) {
            return new Cell(Status.OVERDUE, Rag.RED);
        }
        Rag rag = today.plusDays(amberDays).isBefore(due) ? Rag.GREEN : Rag.AMBER;
        return new Cell(started ? Status.IN_PROGRESS : Status.NOT_STARTED, rag);
    }

    /** Complete-and-current assignments as a share of assignments, in percent (one decimal); 0 with none. */
    public static double percent(long complete, long assigned) {
        return assigned == 0 ? 0 : Math.round(complete * 1000.0 / assigned) / 10.0;
    }
}
