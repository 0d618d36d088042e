package org.commonground.authoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.commonground.authoring.boundary.InvalidContent;
import org.commonground.authoring.boundary.ModuleZips;
import org.commonground.authoring.control.Zips;
import org.commonground.authoring.entity.ModuleDraft;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;
import org.commonground.platform.web.Urls;

/**
 * Importing a module zip in two steps: upload and read the loader's report, then
 * confirm. Until the trainer confirms, the files are held only in this view.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ModuleZips zips;

    private transient Part file;
    private ModuleZips.Preview preview;

    public void check() {
        preview = null;
        if (file == null || file.getSize() == 0) {
            Messages.error("upload:file", "authoring.import.noFile");
            return;
        }
        if (file.getSize() > Zips.MAX_BYTES) {
            Messages.error("upload:file", "authoring.import.tooBig");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            preview = zips.preview(in.readAllBytes());
        } catch (IOException e) {
            Messages.error("upload:file", "authoring.import.unreadable", e.getMessage());
        } catch (BusinessException problem) {
            Messages.error("upload", problem);
        }
    }

    public void confirm() {
        if (preview == null || !preview.importable()) {
            Messages.error(null, "authoring.import.notChecked");
            return;
        }
        try {
            List<ModuleDraft> drafts = zips.importDrafts(preview.files());
            Messages.info("authoring.import.done", drafts.size());
            Redirect.to(drafts.size() == 1
                    ? "/content/module.xhtml?module=" + Urls.enc(drafts.get(0).getModule().getUuid())
                    : "/content/index.xhtml");
        } catch (InvalidContent invalid) {
            Messages.error(null, invalid);
        } catch (BusinessException problem) {
            Messages.error(null, problem);
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ModuleZips.Preview getPreview() {
        return preview;
    }
}
