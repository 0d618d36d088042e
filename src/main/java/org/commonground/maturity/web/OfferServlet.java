package org.commonground.maturity.web;

import static org.commonground.platform.web.Urls.enc;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.commonground.maturity.boundary.Partnerships;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;
import org.commonground.platform.web.FormToken;

/** A learner offers the saved rows of their partnership table to their organisation's map (a plain form on the worksheet). */
@WebServlet(name = "partnersOffer", urlPatterns = "/learn/partners-offer")
public class OfferServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Partnerships partnerships;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setCharacterEncoding("UTF-8");
        String module = request.getParameter("m");
        String unit = request.getParameter("u");
        String back = request.getContextPath() + "/learn/worksheet.xhtml?m=" + enc(module) + "&u=" + enc(unit);
        if (!FormToken.isValid(request)) {
            response.sendRedirect(back + "&problem=expired#offer");
            return;
        }
        try {
            int count = partnerships.offer(module, unit, request.getParameter("part"));
            response.sendRedirect(back + "&saved=offered&offered=" + count + "#offer");
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (BusinessException e) {
            response.sendRedirect(back + "&problem=" + enc(e.getMessageKey()) + "#offer");
        }
    }
}
