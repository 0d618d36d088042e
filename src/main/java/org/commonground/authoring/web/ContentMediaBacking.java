package org.commonground.authoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.commonground.authoring.boundary.Drafts;
import org.commonground.authoring.boundary.ModuleMedia;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;
import org.commonground.platform.web.Urls;
import org.omnifaces.cdi.Param;

/** The pictures of a module's draft ({@code module}): upload, the Markdown to paste, delete after a confirmation ({@code delete}). */
@Named
@RequestScoped
public class ContentMediaBacking {

    @Inject
    ModuleMedia media;

    @Inject
    Drafts drafts;

    @Inject
    @Param(name = "module")
    String module;

    @Inject
    @Param(name = "delete")
    String delete;

    private Drafts.Opened opened;
    private List<ModuleMedia.Picture> pictures;
    private Part file;

    public void load() {
        opened = drafts.get(module);
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("upload:file", "authoring.media.noFile");
            return;
        }
        if (file.getSize() > media.limitKb() * 1024L) {
            Messages.error("upload:file", "authoring.media.refused", "the picture is " + (file.getSize() + 1023) / 1024
                    + " KB; the most is " + media.limitKb() + " KB. Make it smaller (fewer pixels, or save it as SVG, WebP or JPEG)");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            ModuleMedia.Uploaded uploaded = media.upload(module, file.getSubmittedFileName(), in.readAllBytes());
            Messages.info("authoring.media.uploaded", uploaded.picture().name(), uploaded.picture().markdown());
            if (!uploaded.removed().isEmpty()) {
                Messages.info("authoring.media.cleaned", String.join("; ", uploaded.removed()));
            }
            Redirect.to("/content/media.xhtml?module=" + Urls.enc(module) + "#pictures");
        } catch (IOException e) {
            Messages.error("upload:file", "authoring.media.refused", e.getMessage());
        } catch (BusinessException problem) {
            Messages.error("upload", problem);
        }
    }

    public void confirmDelete() {
        try {
            media.delete(module, delete);
            Messages.info("authoring.media.deleted", delete);
            Redirect.to("/content/media.xhtml?module=" + Urls.enc(module) + "#pictures");
        } catch (BusinessException problem) {
            Messages.error(null, problem);
        }
    }

    public List<ModuleMedia.Picture> getPictures() {
        if (pictures == null) {
            pictures = media.list(module);
        }
        return pictures;
    }

    public ModuleMedia.Picture getToDelete() {
        return delete == null ? null : getPictures().stream().filter(p -> p.name().equals(delete)).findFirst().orElse(null);
    }

    public String getTitle() {
        String title = opened == null ? "" : opened.module().title();
        return title.isBlank() ? "Untitled module" : title;
    }

    public String getFolder() {
        return opened.draft().getModule().getFolder();
    }

    public int getLimitKb() {
        return media.limitKb();
    }

    public String getModule() {
        return module;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
