package org.commonground.authoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonground.authoring.control.Skeletons;
import org.commonground.content.control.ContentWriter;
import org.commonground.content.entity.Worksheet;
import org.commonground.content.entity.WorksheetPart;

/**
 * Edits a worksheet of a draft: prompts with guidance and tags, tables with their
 * columns and given rows, and checklists. Keys of columns and items stay as written,
 * since learners' answers are kept against them.
 */
@Named
@ViewScoped
public class WorksheetEditorBacking extends ItemEditor {

    private static final long serialVersionUID = 1L;
    private static final String CELL = "|";

    private String uuid;
    private String title;
    private String intro;
    private List<PartForm> parts = new ArrayList<>();

    /** A part as the form holds it; which fields count depends on its type. */
    public static class PartForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String type = "prompt";
        private String uuid = Skeletons.uuid();
        private String text;
        private String guidance;
        private String tags;
        private String columns;
        private String rows;
        private boolean openRows = true;
        private String items;

        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getGuidance() { return guidance; }
        public void setGuidance(String guidance) { this.guidance = guidance; }
        public String getTags() { return tags; }
        public void setTags(String tags) { this.tags = tags; }
        public String getColumns() { return columns; }
        public void setColumns(String columns) { this.columns = columns; }
        public String getRows() { return rows; }
        public void setRows(String rows) { this.rows = rows; }
        public boolean isOpenRows() { return openRows; }
        public void setOpenRows(boolean openRows) { this.openRows = openRows; }
        public String getItems() { return items; }
        public void setItems(String items) { this.items = items; }

        WorksheetPart toPart() {
            return switch (type) {
                case "table" -> table();
                case "checklist" -> new WorksheetPart.Checklist(uuid, strip(text), lines(items).stream()
                        .map(line -> line.split("\\" + CELL, 2))
                        .map(kv -> kv.length == 2 ? new WorksheetPart.Item(kv[0].strip(), kv[1].strip())
                                : new WorksheetPart.Item(Skeletons.slug(kv[0]), kv[0].strip()))
                        .toList());
                default -> new WorksheetPart.Prompt(uuid, strip(text), strip(guidance), cells(tags, ","));
            };
        }

        private WorksheetPart.Table table() {
            List<WorksheetPart.Column> written = new ArrayList<>();
            for (String line : lines(columns)) {
                List<String> cells = cells(line, CELL);
                String key = cells.isEmpty() ? "" : cells.get(0);
                String label = cells.size() > 1 ? cells.get(1) : key;
                List<String> choices = cells.size() > 2 ? cells(cells.get(2), ",") : List.of();
                written.add(new WorksheetPart.Column(key, label, !choices.isEmpty(), choices));
            }
            List<Map<String, String>> given = new ArrayList<>();
            for (String line : lines(rows)) {
                List<String> cells = Arrays.stream(line.split("\\" + CELL, -1)).map(String::strip).toList();
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < cells.size() && i < written.size(); i++) {
                    if (!cells.get(i).isEmpty()) {
                        row.put(written.get(i).key(), cells.get(i));
                    }
                }
                given.add(row);
            }
            return new WorksheetPart.Table(uuid, strip(text), strip(guidance), written, given, openRows);
        }

        static PartForm of(WorksheetPart part) {
            PartForm form = new PartForm();
            form.uuid = part.uuid();
            if (part instanceof WorksheetPart.Prompt p) {
                form.type = "prompt";
                form.text = p.text();
                form.guidance = p.guidance();
                form.tags = String.join(", ", p.tags());
            } else if (part instanceof WorksheetPart.Table t) {
                form.type = "table";
                form.text = t.title();
                form.guidance = t.guidance();
                form.openRows = t.openRows();
                form.columns = String.join("\n", t.columns().stream().map(c -> c.key() + " " + CELL + " " + c.label()
                        + (c.choice() ? " " + CELL + " " + String.join(", ", c.choices()) : "")).toList());
                form.rows = String.join("\n", t.rows().stream().map(r -> String.join(" " + CELL + " ",
                        t.columns().stream().map(c -> r.getOrDefault(c.key(), "")).toList())).toList());
            } else if (part instanceof WorksheetPart.Checklist c) {
                form.type = "checklist";
                form.text = c.title();
                form.items = String.join("\n", c.items().stream().map(i -> i.key() + " " + CELL + " " + i.text()).toList());
            }
            return form;
        }
    }

    @Override
    protected void read(Object item) {
        Worksheet worksheet = (Worksheet) item;
        uuid = worksheet.uuid();
        title = worksheet.title();
        intro = worksheet.intro();
        parts = new ArrayList<>(worksheet.parts().stream().map(PartForm::of).toList());
    }

    @Override
    protected String write() {
        return ContentWriter.worksheet(new Worksheet(uuid, strip(title), strip(intro),
                parts.stream().map(PartForm::toPart).toList()));
    }

    @Override
    protected String formId() {
        return "worksheet";
    }

    public void addPart(String type) {
        PartForm form = new PartForm();
        form.type = type;
        parts.add(form);
    }

    public void removePart(int index) {
        parts.remove(index);
    }

    public void movePart(int index, int delta) {
        int target = index + delta;
        if (target >= 0 && target < parts.size()) {
            parts.add(target, parts.remove(index));
        }
    }

    public Worksheet getPreviewWorksheet() {
        return (Worksheet) getPreviewItem();
    }

    static List<String> cells(String text, String separator) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(java.util.regex.Pattern.quote(separator))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getIntro() { return intro; }
    public void setIntro(String intro) { this.intro = intro; }
    public List<PartForm> getParts() { return parts; }
}
