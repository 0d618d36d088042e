package org.commonground.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.commonground.assessment.boundary.ItemAnalysis;
import org.commonground.authoring.boundary.Authors;
import org.commonground.assessment.boundary.QuizAttempts;
import org.commonground.content.boundary.Modules;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.platform.web.Dates;
import org.commonground.platform.web.Text;
import org.omnifaces.cdi.Param;

/**
 * Item analysis of a module's quizzes ({@code module}) over a period ({@code from},
 * {@code to}, both days included; the last twelve months when left out). Without a
 * module, the page lists the published modules to choose from.
 */
@Named
@RequestScoped
public class ItemAnalysisBacking {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 30);

    @Inject
    ItemAnalysis analysis;

    @Inject
    Modules modules;

    @Inject
    Authors authors;

    @Inject
    QuizAttempts attempts;

    @Inject
    @Param(name = "module")
    String module;

    @Inject
    @Param(name = "from")
    String from;

    @Inject
    @Param(name = "to")
    String to;

    private ItemAnalysis.View view;
    private String fromError;
    private String toError;

    public void load() {
        if (isChosen()) {
            getView();
        }
    }

    public boolean isChosen() {
        return module != null && !module.isBlank();
    }

    public ItemAnalysis.View getView() {
        if (view == null) {
            view = analysis.analyse(module, period());
        }
        return view;
    }

    /** The published modules the caller may analyse: all for an administrator, their own for a trainer. */
    public List<ModuleVersion> getModules() {
        return modules.published().stream().filter(v -> authors.isTrainerOf(v.getModule().getUuid())).toList();
    }

    /** The period asked for; a day that is not a date, or an end before the start, falls back to the default. */
    private ItemAnalysis.Period period() {
        ItemAnalysis.Period fallback = analysis.defaultPeriod();
        LocalDate start = day(from, fallback.from());
        LocalDate end = day(to, fallback.to());
        if (start == null) {
            fromError = Text.get("assessment.analysis.dateFormat");
        }
        if (end == null) {
            toError = Text.get("assessment.analysis.dateFormat");
        }
        if (start == null || end == null) {
            return fallback;
        }
        if (end.isBefore(start)) {
            toError = Text.get("assessment.analysis.periodOrder");
            return fallback;
        }
        return new ItemAnalysis.Period(start, end);
    }

    /** A day as the date input sends it (2025-01-31); blank is the default; anything else is null. */
    static LocalDate day(String value, LocalDate blank) {
        if (value == null || value.isBlank()) {
            return blank;
        }
        try {
            LocalDate day = Dates.parseDay(value);
            return day.isBefore(EARLIEST) || day.isAfter(LATEST) ? null : day;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** What the from field shows: what was typed when the period was refused, otherwise the period's first day. */
    public String getFromValue() {
        LocalDate shown = getView().period().from();
        return isRefused() && from != null ? from : shown.toString();
    }

    public String getToValue() {
        LocalDate shown = getView().period().to();
        return isRefused() && to != null ? to : shown.toString();
    }

    private boolean isRefused() {
        return fromError != null || toError != null;
    }

    public String getFromError() {
        return fromError;
    }

    public String getToError() {
        return toError;
    }

    /** Whether the caller may allow learners more attempts at this module (its trainers and administrators). */
    public boolean isAllowing() {
        return attempts.isModuleTrainer(getView().moduleUuid());
    }

    public String getModule() {
        return module;
    }
}
