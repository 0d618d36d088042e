package org.commonground.reflection.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.content.control.MarkdownRenderer;
import org.commonground.content.entity.WorksheetPart;
import org.commonground.platform.web.Dates;
import org.commonground.platform.web.KeptForm;
import org.commonground.reflection.boundary.Worksheets;
import org.commonground.reflection.control.AnswerCodec;
import org.commonground.reflection.entity.WorksheetAnswer;
import org.omnifaces.cdi.Param;

/**
 * A worksheet page: each part with the learner's answer, the version it shows and
 * when it was saved. After a conflicting save (another tab got there first), the
 * learner's own text is shown again beside a note of the other copy.
 */
@Named
@RequestScoped
public class WorksheetBacking {

    @Inject
    org.commonground.reflection.boundary.SharedResponses sharedResponses;

    @Inject
    Worksheets worksheets;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Dates dates;

    @Inject
    HttpServletRequest request;

    @Inject
    @Param(name = "m")
    String moduleUuid;

    @Inject
    @Param(name = "u")
    String unitUuid;

    private Worksheets.Opened opened;
    private List<PartView> parts;

    /** One cell of a table: given text, or a field. */
    public record Cell(WorksheetPart.Column column, String name, String value, boolean given) {
    }

    /** One part as shown; {@code kept} when it shows words sent while signed out, not saved yet. */
    public record PartView(WorksheetPart part, String kind, AnswerCodec.Answer answer, long version, String savedAt,
            boolean conflict, AnswerCodec.Answer saved, List<List<Cell>> rows, boolean kept) {

        public boolean isChecked(String key) {
            return answer.checked().contains(key);
        }

        public boolean hasTag(String tag) {
            return answer.tags().contains(tag);
        }
    }

    public void load() {
        getOpened();
    }

    public Worksheets.Opened getOpened() {
        if (opened == null) {
            opened = worksheets.open(moduleUuid, unitUuid);
        }
        return opened;
    }

    public String getIntro() {
        return markdown.toHtml(getOpened().worksheet().intro());
    }

    @SuppressWarnings("unchecked")
    public List<PartView> getParts() {
        if (parts == null) {
            HttpSession session = request.getSession();
            Map<String, AnswerCodec.Answer> drafts = (Map<String, AnswerCodec.Answer>) session.getAttribute(WorksheetServlet.DRAFTS);
            session.removeAttribute(WorksheetServlet.DRAFTS);
            Optional<KeptForm> kept = KeptForm.take(request, WorksheetServlet.PATH,
                    Map.of("m", String.valueOf(moduleUuid), "u", String.valueOf(unitUuid)));
            parts = new ArrayList<>();
            for (WorksheetPart part : getOpened().worksheet().parts()) {
                AnswerCodec.Answer saved = getOpened().answer(part.uuid());
                boolean conflict = drafts != null && drafts.containsKey(part.uuid());
                AnswerCodec.Answer shown = conflict ? drafts.get(part.uuid()) : saved;
                long version = getOpened().version(part.uuid());
                AnswerCodec.Answer sent = kept.map(k -> WorksheetForm.read(part, k::all)).orElse(null);
                boolean unsaved = sent != null && !conflict && !AnswerCodec.encode(part, sent).equals(AnswerCodec.encode(part, saved));
                if (unsaved) {
                    shown = sent;
                    version = WorksheetForm.baseVersion(part, kept.get()::all);
                }
                WorksheetAnswer stored = getOpened().answers().get(part.uuid());
                String kind = part instanceof WorksheetPart.Prompt ? "prompt" : part instanceof WorksheetPart.Table ? "table" : "checklist";
                parts.add(new PartView(part, kind, shown, version, stored == null ? "" : dates.clock(stored.getSavedAt()),
                        conflict, saved, rows(part, shown), unsaved));
            }
        }
        return parts;
    }

    private static List<List<Cell>> rows(WorksheetPart part, AnswerCodec.Answer answer) {
        List<List<Cell>> rows = new ArrayList<>();
        if (!(part instanceof WorksheetPart.Table table)) {
            return rows;
        }
        int count = Math.max(table.rows().size(), answer.rows().size());
        if (count == 0) {
            count = 1;
        }
        for (int i = 0; i < count; i++) {
            Map<String, String> given = i < table.rows().size() ? table.rows().get(i) : Map.of();
            Map<String, String> mine = i < answer.rows().size() ? answer.rows().get(i) : Map.of();
            List<Cell> cells = new ArrayList<>();
            for (WorksheetPart.Column column : table.columns()) {
                boolean isGiven = given.containsKey(column.key()) && !given.get(column.key()).isBlank();
                cells.add(new Cell(column, WorksheetForm.cell(table.uuid(), i, column.key()),
                        isGiven ? given.get(column.key()) : mine.getOrDefault(column.key(), ""), isGiven));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Trainers' replies to the learner's response, when they shared it with trainers. */
    public List<org.commonground.reflection.boundary.SharedResponses.Reply> getReplies() {
        return getOpened().response() == null ? List.of() : sharedResponses.replies(getOpened().response().getId());
    }

    /** Whether words sent while signed out (or from an out-of-date page) are shown, not saved yet. */
    public boolean isKept() {
        return getParts().stream().anyMatch(PartView::kept);
    }

    public boolean isConflict() {
        return getParts().stream().anyMatch(PartView::conflict);
    }

    public String getModuleUuid() {
        return moduleUuid;
    }

    public String getUnitUuid() {
        return unitUuid;
    }

    /** The table whose rows the learner may offer to their organisation's partnership map, or null. */
    public String getPartnersPart() {
        return getOpened().worksheet().parts().stream()
                .filter(p -> p instanceof WorksheetPart.Table t && t.describesPartners()).map(WorksheetPart::uuid)
                .findFirst().orElse(null);
    }

    public String getSaved() {
        return request.getParameter("saved");
    }
}
