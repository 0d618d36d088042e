package org.commonground.authoring.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.commonground.authoring.boundary.Drafts;
import org.commonground.authoring.boundary.EditConflict;
import org.commonground.authoring.boundary.InvalidContent;
import org.commonground.authoring.entity.DraftFile;
import org.commonground.content.control.ContentParser;
import org.commonground.content.control.Problem;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;
import org.commonground.platform.web.Urls;
import org.omnifaces.cdi.Param;

/**
 * What the unit, quiz and worksheet editors share: the item's file in the open
 * draft ({@code module}, {@code path}), the version the trainer opened, and
 * saving with the loader's problems shown next to their fields.
 */
public abstract class ItemEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Drafts drafts;

    @Inject
    transient ContentParser parser;

    @Inject
    transient Conflicts conflicts;

    @Inject
    transient org.commonground.content.control.MarkdownRenderer markdown;

    @Inject
    @Param(name = "module")
    String module;

    @Inject
    @Param(name = "path")
    String path;

    private static final ScreenWords WORDS = new ScreenWords();

    private long fileVersion;
    private String moduleTitle;
    private final List<Problem> problems = new ArrayList<>();
    private boolean previewing;
    private boolean saving;

    /** Reads the item on the first request of the view. */
    public void load() {
        if (moduleTitle != null) {
            return;
        }
        Drafts.Opened opened = drafts.get(module);
        String text = opened.text(path);
        moduleTitle = opened.module().title();
        fileVersion = opened.files().get(path).getVersion();
        read(parser.item(path, text, new ArrayList<>())
                .orElseThrow(() -> new org.commonground.platform.boundary.NotFoundException("authoring.item.notFound")));
    }

    /** Fills the form from the parsed item. */
    protected abstract void read(Object item);

    /** The file text of the form as it stands. */
    protected abstract String write();

    /** The id of the form, for messages next to fields. */
    protected abstract String formId();

    public void save() {
        problems.clear();
        saving = true;
        try {
            DraftFile saved = drafts.saveItem(module, path, fileVersion, write());
            fileVersion = saved.getVersion();
            Messages.info("authoring.saved");
            Redirect.to("/content/module.xhtml?module=" + Urls.enc(module) + "#units");
        } catch (InvalidContent invalid) {
            show(invalid.problems());
            Messages.error(null, invalid);
        } catch (EditConflict conflict) {
            conflicts.show(conflict);
        } catch (BusinessException problem) {
            Messages.error(formId(), problem);
        }
    }

    public void preview() {
        problems.clear();
        saving = false;
        List<Problem> found = new ArrayList<>();
        parser.item(path, write(), found);
        previewing = found.isEmpty();
        if (!found.isEmpty()) {
            show(found);
            Messages.error(null, "authoring.preview.invalid", found.size());
        }
    }

    /** Lists the problems above the form and puts each next to its field, in the screen's words. */
    private void show(List<Problem> found) {
        problems.addAll(found);
        problemsFound(found);
        for (Problem p : found) {
            ScreenWords.Placed placed = WORDS.place(p);
            if (!placed.fieldId().isEmpty()) {
                Messages.error(formId() + ":" + placed.fieldId(), "authoring.problem", placed.words());
            }
        }
    }

    /** Lets an editor that shows part of the item at a time move to where the first problem is. */
    protected void problemsFound(List<Problem> found) {
    }

    /** A problem as the list above the form shows it. */
    public String describe(Problem problem) {
        return WORDS.describe(problem);
    }

    /** The parsed item of the form as it stands, for the preview. */
    public Object getPreviewItem() {
        return parser.item(path, write(), new ArrayList<>()).orElse(null);
    }

    public boolean isPreviewing() {
        return previewing;
    }

    /** Whether the problems shown came from a save (nothing saved) rather than a preview. */
    public boolean isSaving() {
        return saving;
    }

    public List<Problem> getProblems() {
        return problems;
    }

    public String getModule() {
        return module;
    }

    public String getPath() {
        return path;
    }

    public String getModuleTitle() {
        return moduleTitle;
    }

    public long getFileVersion() {
        return fileVersion;
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** A Markdown field as it is saved: raw HTML taken out, as the renderer would drop it anyway. */
    String markdownField(String text) {
        return strip(markdown.withoutHtml(text));
    }
}
