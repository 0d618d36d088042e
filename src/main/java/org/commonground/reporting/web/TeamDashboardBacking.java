package org.commonground.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonground.organisation.control.StaffGroups;
import org.commonground.platform.web.Dates;
import org.commonground.platform.web.LazyRows;
import org.commonground.reporting.boundary.TeamDashboard;
import org.commonground.reporting.control.CompletionChart;
import org.omnifaces.cdi.Param;

/**
 * A team's completion grid, filtered by module and status, shown a page at a time. Each cell's
 * status is decided in Java from today's date by the progress policy (the same verdict the
 * totals, the chart, the exports and the person's own pages use), so the grid's one query reads
 * the whole team's stored facts (the totals need them all); the table then sorts by name,
 * filters by name and renders one page of those rows. The status filter is the form's, decided
 * by the same verdict, never by a second rule in SQL.
 */
@Named
@RequestScoped
public class TeamDashboardBacking {

    @Inject
    TeamDashboard dashboard;

    @Inject
    @Param(name = "team")
    String team;

    @Inject
    @Param(name = "module")
    String module;

    @Inject
    @Param(name = "status")
    String status;

    @Inject
    Dates dates;

    @Inject
    org.commonground.progress.boundary.Progress progress;

    @Inject
    StaffGroups staffGroups;

    private TeamDashboard.View view;
    private List<GridRow> grid;
    private LazyRows<GridRow> rows;
    private CompletionChart chart;

    /** A row of the grid as shown: a team of 50 by 40 modules is 2,000 cells, so each is text ready to print. */
    public record GridRow(long membershipId, String name, String staffGroup, List<GridCell> cells) {
    }

    /** One cell as shown: its class (colour), its status in words, and a date. */
    public record GridCell(String css, String status, String detail) {
    }

    public void load() {
        getView();
    }

    public TeamDashboard.View getView() {
        if (view == null) {
            view = dashboard.view(team, module, status);
        }
        return view;
    }

    public List<GridRow> getGrid() {
        if (grid == null) {
            grid = new ArrayList<>();
            for (TeamDashboard.Row row : getView().rows()) {
                List<GridCell> cells = new ArrayList<>();
                for (TeamDashboard.Column column : getView().columns()) {
                    cells.add(shown(row.cell(column.uuid())));
                }
                grid.add(new GridRow(row.membershipId(), row.name(), staffGroups.label(row.staffGroup()), cells));
            }
        }
        return grid;
    }

    /** The grid as a table: a page of the rows, sorted by name (either way) and filtered by a part of the name. */
    public LazyRows<GridRow> getRows() {
        if (rows == null) {
            rows = new LazyRows<>(Set.of("name"), columns -> named(columns).size(), request -> {
                List<GridRow> found = new ArrayList<>(named(request.filters()));
                if (request.descending()) {
                    // The grid comes in the database's name order; descending is that order reversed.
                    Collections.reverse(found);
                }
                int from = Math.min(request.first(), found.size());
                return found.subList(from, Math.min(from + request.max(), found.size()));
            });
        }
        return rows;
    }

    /** The rows whose name contains the typed text (as typed: % and _ are themselves), in the grid's name order. */
    private List<GridRow> named(Map<String, String> filters) {
        String part = filters.get("name");
        if (part == null) {
            return getGrid();
        }
        String lower = part.toLowerCase(Locale.ROOT);
        return getGrid().stream().filter(r -> r.name().toLowerCase(Locale.ROOT).contains(lower)).toList();
    }

    private GridCell shown(TeamDashboard.Cell cell) {
        if (cell == null) {
            return new GridCell("na", "", "Not assigned");
        }
        String css = "rag-" + cell.rag().name().toLowerCase(java.util.Locale.ROOT);
        return new GridCell(css, cell.status().label(), detail(cell, dates));
    }

    /** The date that goes with a status: when completed (and renewal), until when exempt, or when due. */
    static String detail(TeamDashboard.Cell cell, Dates dates) {
        return switch (cell.status()) {
            case COMPLETE, RENEWAL_DUE_SOON, NEEDS_REFRESH -> cell.completedAt() == null ? ""
                    : dates.day(cell.completedAt()) + (cell.renewOn() == null ? "" : ", renew by " + dates.day(cell.renewOn()));
            case EXEMPT -> "until " + dates.day(cell.exemptUntil());
            default -> cell.due() == null ? "" : "due " + dates.day(cell.due());
        };
    }

    /** The completions the grid shows, by month, as a chart of the last twelve months. */
    public CompletionChart getChart() {
        if (chart == null) {
            chart = CompletionChart.of(getView().history(), YearMonth.from(progress.today()));
        }
        return chart;
    }

    public org.commonground.progress.entity.Status[] getStatuses() {
        return org.commonground.progress.entity.Status.values();
    }

    public int getDueSoonDays() {
        return progress.dueSoonDays();
    }

    public String getTeam() {
        return team;
    }

    public String getModule() {
        return module == null ? "" : module;
    }

    public String getStatus() {
        return status == null ? "" : status;
    }
}
