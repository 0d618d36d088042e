package org.commonground.authoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.commonground.authoring.boundary.Drafts;
import org.commonground.content.control.Problem;
import org.commonground.content.entity.ModuleDefinition;
import org.omnifaces.cdi.Param;

/** A trainer's preview of a whole draft ({@code module}), as learners will get it. */
@Named
@RequestScoped
public class ContentPreviewBacking {

    @Inject
    Drafts drafts;

    @Inject
    @Param(name = "module")
    String module;

    private Drafts.Opened opened;
    private ModuleDefinition definition;
    private Map<String, String> labels;

    public void load() {
        opened = drafts.get(module);
        definition = drafts.definition(opened).orElse(null);
    }

    public ModuleDefinition getDefinition() {
        return definition;
    }

    public List<Problem> getProblems() {
        return drafts.problems(opened);
    }

    /** A problem of the draft in the screen's words: which unit's text, quiz or worksheet, and what to fix. */
    public String describe(Problem problem) {
        if (labels == null) {
            labels = ItemLabels.of(opened.modulePath(), drafts.outline(opened));
        }
        return ItemLabels.describe(labels, problem);
    }

    public String getTitle() {
        return opened.module().title();
    }

    public String getModule() {
        return module;
    }
}
