package org.commonground.reflection.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonground.content.entity.WorksheetPart;
import org.commonground.platform.boundary.NotFoundException;
import org.commonground.platform.control.PdfWriter;
import org.commonground.platform.web.Attachment;
import org.commonground.reflection.boundary.Worksheets;
import org.commonground.reflection.control.AnswerCodec;

/** The learner's own answers to a worksheet, as a PDF to keep or print. */
@WebServlet(name = "worksheetPdf", urlPatterns = "/learn/worksheet.pdf")
public class WorksheetPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Worksheets worksheets;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        Worksheets.Opened opened;
        try {
            opened = worksheets.open(request.getParameter("m"), request.getParameter("u"));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<PdfWriter.Block> blocks = new ArrayList<>();
        for (WorksheetPart part : opened.worksheet().parts()) {
            AnswerCodec.Answer answer = opened.answer(part.uuid());
            if (part instanceof WorksheetPart.Prompt prompt) {
                blocks.add(PdfWriter.Block.heading(prompt.text()));
                blocks.add(PdfWriter.Block.text(answer.text().isBlank() ? "(no answer yet)" : answer.text()));
                if (!answer.tags().isEmpty()) {
                    blocks.add(PdfWriter.Block.text("Tags: " + String.join(", ", answer.tags())));
                }
            } else if (part instanceof WorksheetPart.Table table) {
                blocks.add(PdfWriter.Block.heading(table.title()));
                int rows = Math.max(table.rows().size(), answer.rows().size());
                for (int i = 0; i < rows; i++) {
                    Map<String, String> given = i < table.rows().size() ? table.rows().get(i) : Map.of();
                    Map<String, String> mine = i < answer.rows().size() ? answer.rows().get(i) : Map.of();
                    List<String> cells = new ArrayList<>();
                    for (WorksheetPart.Column column : table.columns()) {
                        String value = given.getOrDefault(column.key(), "");
                        cells.add(column.label() + ": " + (value.isBlank() ? mine.getOrDefault(column.key(), "") : value));
                    }
                    blocks.add(PdfWriter.Block.gap(String.join("\n", cells)));
                }
            } else if (part instanceof WorksheetPart.Checklist checklist) {
                blocks.add(PdfWriter.Block.heading(checklist.title()));
                checklist.items().forEach(item -> blocks.add(PdfWriter.Block.text(
                        (answer.checked().contains(item.key()) ? "[x] " : "[  ] ") + item.text())));
            }
        }
        byte[] pdf = PdfWriter.document(opened.worksheet().title(), blocks);
        response.setContentType("application/pdf");
        Attachment.name(response, "worksheet.pdf");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
