package org.commonground.reporting.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.commonground.platform.control.SafeCsv;
import org.commonground.platform.web.Attachment;
import org.commonground.platform.web.Dates;
import org.commonground.reporting.boundary.OrganisationDashboard;
import org.commonground.reporting.boundary.TeamDashboard;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Exports a team's grid or an organisation's breakdowns as CSV or XLSX. Every cell
 * is written as text or a number, never as a formula: a name that starts with "="
 * stays a name (CSV cells like that get a leading apostrophe).
 */
@WebServlet(name = "export", urlPatterns = "/organisation/export")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamDashboard teams;

    @Inject
    OrganisationDashboard organisations;

    @Inject
    Dates dates;

    @Inject
    org.commonground.organisation.control.StaffGroups staffGroups;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean xlsx = "xlsx".equals(request.getParameter("format"));
        Attachment.send(response, () -> {
            List<String> header;
            List<List<Object>> rows = new ArrayList<>();
            String name;
            if (request.getParameter("team") != null) {
                TeamDashboard.View view = teams.view(request.getParameter("team"), null, null);
                name = "team-completion";
                header = new ArrayList<>(List.of("Name", "Staff group"));
                // Each module's status, then its due date on a column of its own (a date a spreadsheet can sort and filter).
                view.columns().forEach(c -> {
                    header.add(c.title());
                    header.add(c.title() + ": due");
                });
                for (TeamDashboard.Row row : view.rows()) {
                    List<Object> cells = new ArrayList<>(List.of(row.name(), staffGroups.label(row.staffGroup())));
                    for (TeamDashboard.Column column : view.columns()) {
                        TeamDashboard.Cell cell = row.cell(column.uuid());
                        String detail = cell == null ? "" : TeamDashboardBacking.detail(cell, dates);
                        cells.add(cell == null ? "Not assigned" : cell.status().label() + (detail.isEmpty() ? "" : ", " + detail));
                        cells.add(cell == null || cell.due() == null ? "" : cell.due().toString());
                    }
                    rows.add(cells);
                }
            } else {
                OrganisationDashboard.View view = organisations.view(request.getParameter("org"));
                name = "organisation-completion";
                header = List.of("Breakdown", "Name", "Assigned", "Complete", "Percent");
                view.byTeam().forEach(l -> rows.add(List.of("Team", l.label(), l.assigned(), l.complete(), l.getPercent())));
                view.byModule().forEach(l -> rows.add(List.of("Module", l.label(), l.assigned(), l.complete(), l.getPercent())));
                view.byStaffGroup().forEach(l -> rows.add(List.of("Staff group", staffGroups.label(l.label()), l.assigned(), l.complete(), l.getPercent())));
            }
            byte[] body = xlsx ? xlsx(header, rows) : SafeCsv.write(header, rows).getBytes(StandardCharsets.UTF_8);
            return new Attachment.File(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8",
                    name + (xlsx ? ".xlsx" : ".csv"), body);
        });
    }

    private static byte[] xlsx(List<String> header, List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Common Ground", "1.0");
        Worksheet sheet = workbook.newWorksheet("Completion");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof Number number) {
                    sheet.value(r + 1, c, number);
                } else {
                    sheet.value(r + 1, c, String.valueOf(value));
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
