package org.commonground.authoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.commonground.content.control.ContentWriter;
import org.commonground.content.entity.CaseStudy;
import org.commonground.content.entity.Resource;
import org.commonground.content.entity.Unit;

/** Edits a unit of a draft: its framing, Markdown text and case studies, with a preview as learners see it. */
@Named
@ViewScoped
public class UnitEditorBacking extends ItemEditor {

    private static final long serialVersionUID = 1L;

    private String uuid;
    private String title;
    private Integer minutes;
    private String objectives;
    private String body;
    private String summary;
    private List<CaseForm> cases = new ArrayList<>();
    private List<Resource> resources = List.of();

    /** A case study or scenario as the form holds it. */
    public static class CaseForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private CaseStudy.Kind kind = CaseStudy.Kind.SCENARIO;
        private String title;
        private String body;

        public CaseStudy.Kind getKind() { return kind; }
        public void setKind(CaseStudy.Kind kind) { this.kind = kind; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
    }

    @Override
    protected void read(Object item) {
        Unit unit = (Unit) item;
        uuid = unit.uuid();
        title = unit.title();
        minutes = unit.minutes();
        objectives = String.join("\n", unit.objectives());
        body = unit.body();
        summary = unit.summary();
        resources = new ArrayList<>(unit.resources());
        cases = new ArrayList<>();
        for (CaseStudy c : unit.cases()) {
            CaseForm form = new CaseForm();
            form.kind = c.kind();
            form.title = c.title();
            form.body = c.body();
            cases.add(form);
        }
    }

    @Override
    protected String write() {
        List<CaseStudy> written = cases.stream()
                .map(c -> new CaseStudy(c.kind == null ? CaseStudy.Kind.SCENARIO : c.kind, strip(c.title), markdownField(c.body))).toList();
        return ContentWriter.unit(new Unit(uuid, strip(title), minutes == null ? 0 : minutes, lines(objectives), written,
                markdownField(summary), resources, markdownField(body)));
    }

    @Override
    protected String formId() {
        return "unit";
    }

    public void addCase() {
        cases.add(new CaseForm());
    }

    public void removeCase(int index) {
        cases.remove(index);
    }

    public Unit getPreviewUnit() {
        return (Unit) getPreviewItem();
    }

    public List<CaseStudy.Kind> getKinds() {
        return List.of(CaseStudy.Kind.values());
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
    public String getObjectives() { return objectives; }
    public void setObjectives(String objectives) { this.objectives = objectives; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public List<CaseForm> getCases() { return cases; }
}
