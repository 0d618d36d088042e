package org.commonground.authoring.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.commonground.authoring.boundary.ModuleZips;
import org.commonground.content.boundary.Modules;
import org.commonground.platform.boundary.AccessDeniedException;
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
        response.setHeader("Cache-Control", "no-store");
        String module = request.getParameter("module");
        Integer version = null;
        byte[] zip;
        try {
            if (!"true".equals(request.getParameter("draft"))) {
                version = Integer.valueOf(request.getParameter("version"));
            }
            String folder = modules.get(module).getFolder();
            zip = zips.export(module, version);
            response.setContentType("application/zip");
            Attachment.name(response, folder + (version == null ? "-draft" : "-v" + version) + ".zip");
        } catch (NotFoundException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentLength(zip.length);
        response.getOutputStream().write(zip);
    }
}
