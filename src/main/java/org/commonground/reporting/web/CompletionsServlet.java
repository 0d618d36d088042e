package org.commonground.reporting.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.commonground.platform.control.SafeCsv;
import org.commonground.platform.web.Attachment;
import org.commonground.reporting.boundary.Completions;

/** An organisation's completions ({@code org}) as CSV in the layout the README documents; cells never read as formulas. */
@WebServlet(name = "completionsExport", urlPatterns = "/organisation/completions")
public class CompletionsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final List<String> HEADER = List.of("person_identifier", "person_name", "module_code", "module_title",
            "completion_date", "expiry_date", "status", "current");

    @Inject
    Completions completions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Attachment.send(response, () -> {
            List<List<Object>> rows = new ArrayList<>();
            for (Completions.Line line : completions.of(request.getParameter("org"))) {
                rows.add(List.of(line.person(), line.name(), line.moduleCode(), line.moduleTitle(),
                        line.completedOn().toString(), line.expiresOn() == null ? "" : line.expiresOn().toString(),
                        line.status(), line.current() ? "yes" : "no"));
            }
            return new Attachment.File("text/csv;charset=UTF-8", "completions.csv",
                    SafeCsv.write(HEADER, rows).getBytes(StandardCharsets.UTF_8));
        });
    }
}
