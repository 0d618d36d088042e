package org.commonground.reflection.web;

import static org.commonground.platform.web.Urls.enc;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.content.entity.WorksheetPart;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;
import org.commonground.platform.web.Dates;
import org.commonground.platform.control.Races;
import org.commonground.platform.web.FormToken;
import org.commonground.platform.web.KeptForm;
import org.commonground.platform.web.ScriptReply;
import org.commonground.reflection.boundary.SaveConflict;
import org.commonground.reflection.boundary.Worksheets;
import org.commonground.reflection.control.AnswerCodec;

/**
 * Saves worksheets. The autosave script posts one part (header {@code X-Autosave})
 * and gets JSON back: the saved version and the time, only after the commit; a
 * conflict (409) with the other copy; 403 when its form token is from an earlier
 * session (it asks for the new one with a GET); 401 when signed out (from
 * {@code SessionAuthentication}); 503 when the database cannot be reached. Without script, the form posts every
 * part; a conflicting part is not saved and the learner chooses on the page.
 */
@WebServlet(name = "worksheetSave", urlPatterns = WorksheetServlet.PATH)
public class WorksheetServlet extends HttpServlet {

    static final String PATH = "/learn/worksheet-save";
    private static final long serialVersionUID = 1L;
    static final String DRAFTS = "commonground.worksheetDrafts";

    @Inject
    Worksheets worksheets;

    @Inject
    Dates dates;

    @Inject
    org.commonground.reflection.boundary.SharedResponses sharing;

    @Inject
    FormToken formToken;

    /**
     * The session's form token, for the script of a page opened before the person signed
     * in again (its own copy is then refused as expired). Only a same-site script can read it.
     */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!ScriptReply.wanted(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ScriptReply.send(response, HttpServletResponse.SC_OK,
                Json.createObjectBuilder().add("token", formToken.getValue()).build().toString());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setCharacterEncoding("UTF-8");
        boolean autosave = ScriptReply.wanted(request);
        String module = request.getParameter("m");
        String unit = request.getParameter("u");
        if (!FormToken.isValid(request)) {
            if (autosave) {
                ScriptReply.problem(response, HttpServletResponse.SC_FORBIDDEN, "expired");
            } else {
                // From a page of an earlier session: nothing saved, the words shown back to send again.
                KeptForm.keep(request);
                response.sendRedirect(page(request, module, unit));
            }
            return;
        }
        Worksheets.Opened opened;
        try {
            opened = worksheets.open(module, unit);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (autosave) {
            autosave(request, response, opened, module, unit);
            return;
        }
        List<String> conflicts = new ArrayList<>();
        Map<String, AnswerCodec.Answer> drafts = new HashMap<>();
        String action = request.getParameter("action") == null ? "save" : request.getParameter("action");
        if (action.equals("share")) {
            try {
                Races.retried(() -> sharing.share(module, unit, request.getParameter("share.managers") != null,
                        request.getParameter("share.trainers") != null));
            } catch (BusinessException e) {
                response.sendRedirect(page(request, module, unit) + "&problem=" + enc(e.getMessageKey()));
                return;
            }
            response.sendRedirect(page(request, module, unit) + "&saved=shared#sharing");
            return;
        }
        for (WorksheetPart part : opened.worksheet().parts()) {
            AnswerCodec.Answer answer = WorksheetForm.read(part, request);
            if (action.equals("add:" + part.uuid()) && answer.rows().size() < WorksheetForm.MAX_ROWS) {
                List<Map<String, String>> rows = new ArrayList<>(answer.rows());
                rows.add(new HashMap<>());
                answer = new AnswerCodec.Answer("", java.util.Set.of(), rows, java.util.Set.of());
            }
            String before = opened.answers().containsKey(part.uuid()) ? opened.answers().get(part.uuid()).getContent() : null;
            boolean changed = before == null ? !answer.isEmpty() || action.equals("add:" + part.uuid())
                    : !AnswerCodec.encode(part, answer).equals(before);
            if (!changed) {
                continue;
            }
            AnswerCodec.Answer typed = answer;
            try {
                Races.retried(() -> worksheets.save(module, unit, part.uuid(), typed, WorksheetForm.baseVersion(part, request)));
            } catch (SaveConflict conflict) {
                conflicts.add(part.uuid());
                drafts.put(part.uuid(), answer);
            }
        }
        HttpSession session = request.getSession();
        if (!drafts.isEmpty()) {
            session.setAttribute(DRAFTS, drafts);
            response.sendRedirect(page(request, module, unit) + "&saved=conflict");
            return;
        }
        session.removeAttribute(DRAFTS);
        if (action.equals("submit")) {
            try {
                Races.retried(() -> worksheets.submit(module, unit));
            } catch (BusinessException e) {
                response.sendRedirect(page(request, module, unit) + "&problem=" + enc(e.getMessageKey()));
                return;
            }
            response.sendRedirect(page(request, module, unit) + "&saved=submitted");
            return;
        }
        response.sendRedirect(page(request, module, unit) + "&saved=" + (action.startsWith("add:") ? "row" : "true")
                + (action.startsWith("add:") ? "#" + enc(action.substring(4)) : ""));
    }

    private void autosave(HttpServletRequest request, HttpServletResponse response, Worksheets.Opened opened,
            String module, String unit) throws IOException {
        WorksheetPart part = opened.worksheet().part(request.getParameter("part") == null ? "" : request.getParameter("part"))
                .orElse(null);
        if (part == null) {
            ScriptReply.problem(response, HttpServletResponse.SC_NOT_FOUND, "part");
            return;
        }
        try {
            Worksheets.Saved saved = Races.retried(() -> worksheets.save(module, unit, part.uuid(),
                    WorksheetForm.read(part, request), WorksheetForm.baseVersion(part, request)));
            ScriptReply.send(response, HttpServletResponse.SC_OK, Json.createObjectBuilder().add("version", saved.version())
                    .add("savedAt", dates.clock(saved.savedAt())).build().toString());
        } catch (SaveConflict conflict) {
            AnswerCodec.Answer other = AnswerCodec.decode(conflict.getCurrentContent());
            ScriptReply.send(response, HttpServletResponse.SC_CONFLICT, Json.createObjectBuilder()
                    .add("version", conflict.getCurrentVersion())
                    .add("savedAt", dates.clock(conflict.getSavedAt()))
                    .add("text", other.text())
                    .build().toString());
        } catch (BusinessException e) {
            ScriptReply.send(response, HttpServletResponse.SC_BAD_REQUEST, Json.createObjectBuilder()
                    .add("problem", e.getMessageKey()).build().toString());
        }
    }

    private static String page(HttpServletRequest request, String module, String unit) {
        return request.getContextPath() + "/learn/worksheet.xhtml?m=" + enc(module) + "&u=" + enc(unit);
    }
}
