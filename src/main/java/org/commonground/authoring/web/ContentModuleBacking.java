package org.commonground.authoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.commonground.authoring.boundary.Drafts;
import org.commonground.authoring.boundary.EditConflict;
import org.commonground.authoring.boundary.InvalidContent;
import org.commonground.authoring.boundary.Reviews;
import org.commonground.content.boundary.Modules;
import org.commonground.content.control.ModuleFile;
import org.commonground.content.control.Problem;
import org.commonground.content.entity.LearningModule;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.content.entity.Review;
import org.commonground.content.entity.Stage;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;
import org.commonground.platform.web.Urls;
import org.omnifaces.cdi.Param;

/** One module for trainers ({@code module}): its versions, its draft and what can be done with it. */
@Named
@RequestScoped
public class ContentModuleBacking {

    @Inject
    Drafts drafts;

    @Inject
    Reviews reviews;

    @Inject
    Modules modules;

    @Inject
    Conflicts conflicts;

    @Inject
    @Param(name = "module")
    String module;

    private LearningModule learningModule;
    private Drafts.Opened opened;
    private boolean openedRead;
    private List<Problem> problems;
    private List<Drafts.UnitRow> units;
    // Read once per request: the page asks for each several times (rendered, empty, repeat).
    private List<ModuleVersion> versions;
    private List<Reviews.Reviewer> reviewers;
    private List<Reviews.Sent> sentTo;
    private List<Reviews.Comment> comments;
    private java.util.Map<String, String> labels;

    private String title;
    private String summary;
    private Stage stage;
    private String stageReason;
    private String outcomes;
    private final java.util.Map<Integer, String> rules = new java.util.HashMap<>();
    private long moduleVersion;
    private String unitTitle;
    private boolean withQuiz;
    private boolean withWorksheet;
    private boolean material;
    private List<Long> chosenReviewers = new ArrayList<>();
    private String comment;

    public void load() {
        if (getOpened() != null && !FacesContext.getCurrentInstance().isPostback()) {
            fill(opened.module());
        }
    }

    private void fill(ModuleFile file) {
        title = file.title();
        summary = file.summary();
        stage = Arrays.stream(Stage.values()).filter(s -> s.name().equalsIgnoreCase(file.stage())).findFirst().orElse(null);
        stageReason = file.stageReason();
        outcomes = String.join("\n", file.outcomes());
        for (int i = 0; i < file.units().size(); i++) {
            rules.put(i, file.units().get(i).completeWhen());
        }
        moduleVersion = opened.files().get(opened.modulePath()).getVersion();
    }

    public void edit() {
        drafts.edit(module);
        Messages.info("authoring.draft.started");
        Redirect.to(here());
    }

    public void saveFraming() {
        try {
            List<ModuleFile.UnitRef> refs = new ArrayList<>();
            List<ModuleFile.UnitRef> current = getOpened().module().units();
            for (int i = 0; i < current.size(); i++) {
                ModuleFile.UnitRef ref = current.get(i);
                String rule = rules.getOrDefault(i, ref.completeWhen());
                refs.add(new ModuleFile.UnitRef(ref.unit(), ref.quiz(), ref.worksheet(), rule));
            }
            ModuleFile changed = getOpened().module().withFraming(ItemEditor.strip(title), ItemEditor.strip(summary),
                    stage == null ? "" : stage.name(), ItemEditor.strip(stageReason), ItemEditor.lines(outcomes)).withUnits(refs);
            drafts.saveModule(module, moduleVersion, changed);
            Messages.info("authoring.saved");
            Redirect.to(here());
        } catch (BusinessException problem) {
            report("framing", problem);
        }
    }

    public void addUnit() {
        try {
            drafts.addUnit(module, moduleVersion, unitTitle, withQuiz, withWorksheet);
            Messages.info("authoring.unit.added");
            Redirect.to(here() + "#units");
        } catch (BusinessException problem) {
            report("addUnit", problem);
        }
    }

    public void move(int index, int delta) {
        try {
            drafts.moveUnit(module, moduleVersion, index, delta);
            Redirect.to(here() + "#units");
        } catch (BusinessException problem) {
            report(null, problem);
        }
    }

    public void remove(int index) {
        try {
            drafts.removeUnit(module, moduleVersion, index);
            Messages.info("authoring.unit.removed");
            Redirect.to(here() + "#units");
        } catch (BusinessException problem) {
            report(null, problem);
        }
    }

    public void publish() {
        try {
            ModuleVersion version = drafts.publish(module, material);
            Messages.info(version.isMaterial() ? "authoring.published.material" : "authoring.published", version.getNumber());
            Redirect.to(here());
        } catch (BusinessException problem) {
            report("publish", problem);
        }
    }

    public void discard() {
        drafts.discard(module);
        Messages.info("authoring.discarded");
        Redirect.to(here());
    }

    public void send() {
        try {
            int sent = reviews.send(module, new LinkedHashSet<>(chosenReviewers));
            Messages.info("authoring.review.sent", sent);
            Redirect.to(here() + "#review");
        } catch (BusinessException problem) {
            report("review", problem);
        }
    }

    public void addComment() {
        try {
            reviews.comment(getOpened().draft().getId(), comment);
            Messages.info("authoring.review.commented");
            Redirect.to(here() + "#comments");
        } catch (BusinessException problem) {
            report("comment", problem);
        }
    }

    private void report(String form, BusinessException problem) {
        if (problem instanceof InvalidContent invalid) {
            problems = invalid.problems();
        }
        if (problem instanceof EditConflict conflict) {
            conflicts.show(conflict);
            return;
        }
        Messages.error(form, problem);
    }

    private String here() {
        return "/content/module.xhtml?module=" + Urls.enc(module);
    }

    public LearningModule getLearningModule() {
        if (learningModule == null) {
            learningModule = modules.get(module);
        }
        return learningModule;
    }

    /** The open draft, or null when the module has none. */
    public Drafts.Opened getOpened() {
        if (!openedRead) {
            opened = drafts.find(getLearningModule().getUuid()).orElse(null);
            openedRead = true;
        }
        return opened;
    }

    /** The module's title: the draft's while one is open, else the published version's. */
    public String getTitle() {
        if (isDrafting() && !opened.module().title().isBlank()) {
            return opened.module().title();
        }
        return getLearningModule().currentVersion().flatMap(n -> getVersions().stream().filter(v -> v.getNumber() == n)
                .findFirst()).map(ModuleVersion::getTitle).orElse(getLearningModule().getFolder());
    }

    public boolean isDrafting() {
        return getOpened() != null;
    }

    public List<Problem> getProblems() {
        if (problems == null) {
            problems = getOpened() == null ? List.of() : drafts.problems(opened);
        }
        return problems;
    }

    /** A problem of the draft in the screen's words: which unit's text, quiz or worksheet, and what to fix. */
    public String describe(Problem problem) {
        if (labels == null) {
            labels = ItemLabels.of(getOpened() == null ? null : opened.modulePath(), getUnits());
        }
        return ItemLabels.describe(labels, problem);
    }

    public List<Drafts.UnitRow> getUnits() {
        if (units == null) {
            units = getOpened() == null ? List.of() : drafts.outline(opened);
        }
        return units;
    }

    public List<ModuleVersion> getVersions() {
        if (versions == null) {
            versions = modules.versions(module);
        }
        return versions;
    }

    public List<Review> signOffs(ModuleVersion version) {
        return modules.definition(version).reviews();
    }

    public List<Reviews.Reviewer> getReviewers() {
        if (reviewers == null) {
            reviewers = reviews.reviewers();
        }
        return reviewers;
    }

    public List<Reviews.Sent> getSentTo() {
        if (sentTo == null) {
            sentTo = getOpened() == null ? List.of() : reviews.sentTo(opened);
        }
        return sentTo;
    }

    public List<Reviews.Comment> getComments() {
        if (comments == null) {
            comments = getOpened() == null ? List.of() : reviews.comments(opened.draft());
        }
        return comments;
    }

    public List<Stage> getStages() {
        return List.of(Stage.values());
    }

    public List<String> getCompletionRules() {
        return List.of("read", "quiz_passed", "worksheet_submitted");
    }

    public String getModule() { return module; }
    public String getDraftTitle() { return title; }
    public void setDraftTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public Stage getStage() { return stage; }
    public void setStage(Stage stage) { this.stage = stage; }
    public String getStageReason() { return stageReason; }
    public void setStageReason(String stageReason) { this.stageReason = stageReason; }
    public String getOutcomes() { return outcomes; }
    public void setOutcomes(String outcomes) { this.outcomes = outcomes; }
    public java.util.Map<Integer, String> getRules() { return rules; }
    public long getModuleVersion() { return moduleVersion; }
    public void setModuleVersion(long moduleVersion) { this.moduleVersion = moduleVersion; }
    public String getUnitTitle() { return unitTitle; }
    public void setUnitTitle(String unitTitle) { this.unitTitle = unitTitle; }
    public boolean isWithQuiz() { return withQuiz; }
    public void setWithQuiz(boolean withQuiz) { this.withQuiz = withQuiz; }
    public boolean isWithWorksheet() { return withWorksheet; }
    public void setWithWorksheet(boolean withWorksheet) { this.withWorksheet = withWorksheet; }
    public boolean isMaterial() { return material; }
    public void setMaterial(boolean material) { this.material = material; }
    public List<Long> getChosenReviewers() { return chosenReviewers; }
    public void setChosenReviewers(List<Long> chosenReviewers) { this.chosenReviewers = chosenReviewers; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
