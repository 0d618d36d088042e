package org.commonground.authoring.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.commonground.authoring.boundary.ModuleZips;
import org.commonground.content.boundary.Modules;
import org.commonground.platform.boundary.NotFoundException;
import org.commonground.platform.web.Attachment;

/** A module version ({@code version}) or the open draft ({@code draft=true}) as a zip in the repository's layout. */
@WebServlet(name = "moduleExport", urlPatterns = "/content/export")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ModuleZips zips;

    @Inject
    Modules modules;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String module = request.getParameter("module");
        Attachment.send(response, () -> {
            Integer version = null;
            if (!"true".equals(request.getParameter("draft"))) {
                try {
                    version = Integer.valueOf(request.getParameter("version"));
                } catch (NumberFormatException e) {
                    throw new NotFoundException("learning.module.notFound");
                }
            }
            String folder = modules.get(module).getFolder();
            byte[] zip = zips.export(module, version);
            return new Attachment.File("application/zip", folder + (version == null ? "-draft" : "-v" + version) + ".zip", zip);
        });
    }
}
