package org.commonground.maturity.web;

import static org.commonground.platform.web.Urls.enc;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.commonground.maturity.boundary.Maturity;
import org.commonground.maturity.entity.Assessment;
import org.commonground.platform.boundary.AccessDeniedException;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;
import org.commonground.platform.web.Dates;
import org.commonground.platform.web.FormToken;

/** Saves a self-assessment of one activity (a plain form on the maturity page), then shows the page again. */
@WebServlet(name = "maturityAssess", urlPatterns = "/organisation/maturity-assess")
public class AssessServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Maturity maturity;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setCharacterEncoding("UTF-8");
        String org = request.getParameter("org");
        String activity = request.getParameter("activity");
        String back = request.getContextPath() + "/organisation/maturity.xhtml?org=" + enc(org);
        if (!FormToken.isValid(request)) {
            response.sendRedirect(back + "&problem=expired");
            return;
        }
        try {
            String status = request.getParameter("status");
            String on = request.getParameter("on");
            maturity.assess(org, activity, status == null || status.isBlank() ? null : Assessment.Status.valueOf(status),
                    request.getParameter("note"), request.getParameter("evidence"),
                    on == null || on.isBlank() ? null : Dates.parseDay(on));
            response.sendRedirect(back + "&saved=" + enc(activity) + "#a-" + enc(activity));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (BusinessException e) {
            response.sendRedirect(back + "&problem=" + enc(e.getMessageKey()) + "#a-" + enc(activity));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendRedirect(back + "&problem=maturity.assess.status#a-" + enc(activity));
        }
    }
}
