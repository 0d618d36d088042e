package org.commonground.record.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.commonground.identity.boundary.Accounts;
import org.commonground.identity.boundary.Caller;
import org.commonground.platform.boundary.NotFoundException;
import org.commonground.platform.control.MailSettings;
import org.commonground.platform.control.PdfWriter;
import org.commonground.platform.control.SafeCsv;
import org.commonground.platform.web.Attachment;
import org.commonground.platform.web.Dates;
import org.commonground.record.boundary.Certificates;
import org.commonground.record.boundary.DataExport;
import org.commonground.record.boundary.LearnerRecord;
import org.commonground.record.entity.Certificate;

/**
 * The learner's downloads: a certificate (PDF), their record (PDF or CSV) and
 * everything held about them (JSON). Each is the caller's own; nothing is cached.
 */
@WebServlet(name = "record", urlPatterns = {"/learn/certificate.pdf", "/learn/record.pdf", "/learn/record.csv", "/learn/my-data.json"})
public class RecordServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Certificates certificates;

    @Inject
    LearnerRecord record;

    @Inject
    DataExport export;

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @Inject
    Dates dates;

    @Inject
    MailSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        try {
            switch (request.getServletPath()) {
                case "/learn/certificate.pdf" -> certificate(request, response);
                case "/learn/record.pdf" -> recordPdf(response);
                case "/learn/record.csv" -> recordCsv(response);
                default -> json(response);
            }
        } catch (NotFoundException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void certificate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Certificate certificate = certificates.mine(Long.parseLong(String.valueOf(request.getParameter("c"))));
        String name = accounts.get(caller.id()).getDisplayName();
        byte[] pdf = PdfWriter.certificate(name, certificate.getModuleTitle(), certificate.getModuleVersion(),
                dates.day(certificate.getIssuedAt()), certificate.getCode(), settings.publicUrl() + "/verify.xhtml");
        send(response, "application/pdf", "certificate-" + certificate.getCode() + ".pdf", pdf);
    }

    private void recordPdf(HttpServletResponse response) throws IOException {
        List<PdfWriter.Block> blocks = new ArrayList<>();
        blocks.add(PdfWriter.Block.text(accounts.get(caller.id()).getDisplayName() + ", " + dates.day(java.time.Instant.now())));
        for (LearnerRecord.Entry e : record.mine()) {
            blocks.add(PdfWriter.Block.heading(e.module()));
            blocks.add(PdfWriter.Block.text(e.statusLabel() + ". Completed " + dates.day(e.completedAt()) + ", version " + e.version()
                    + (e.score() == null ? "" : ", quiz score " + e.score() + "%")
                    + (e.renewBy() == null ? "" : ", renew by " + dates.day(e.renewBy()))
                    + (e.certificateCode() == null ? "" : ". Certificate " + e.certificateCode())));
        }
        if (blocks.size() == 1) {
            blocks.add(PdfWriter.Block.gap("No modules completed yet."));
        }
        send(response, "application/pdf", "learning-record.pdf", PdfWriter.document("Learning record", blocks));
    }

    private void recordCsv(HttpServletResponse response) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (LearnerRecord.Entry e : record.mine()) {
            rows.add(List.of(e.module(), e.statusLabel(), e.version(), dates.day(e.completedAt()), e.score() == null ? "" : e.score(),
                    e.renewBy() == null ? "" : e.renewBy().toString(), e.certificateCode() == null ? "" : e.certificateCode()));
        }
        String csv = SafeCsv.write(List.of("Module", "Status", "Version", "Completed", "Quiz score (%)", "Renew by", "Certificate"), rows);
        send(response, "text/csv;charset=UTF-8", "learning-record.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private void json(HttpServletResponse response) throws IOException {
        send(response, "application/json;charset=UTF-8", "my-common-ground-data.json", export.mine().getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpServletResponse response, String type, String filename, byte[] body) throws IOException {
        response.setContentType(type);
        Attachment.name(response, filename);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
