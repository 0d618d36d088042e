package org.commonground.authoring.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.commonground.authoring.boundary.ScormExports;
import org.commonground.platform.web.Attachment;

/** The live version of a module ({@code module}) as a SCORM 1.2 package; people with the trainer role only (web.xml and the boundary). */
@WebServlet(name = "scormExport", urlPatterns = "/content/scorm")
public class ScormServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ScormExports exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Attachment.send(response, () -> {
            ScormExports.Download download = exports.export(request.getParameter("module"));
            return new Attachment.File("application/zip", download.filename(), download.zip());
        });
    }
}
