package org.commonground.assessment.web;

import static org.commonground.platform.web.Urls.enc;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.commonground.assessment.boundary.QuizAttempts;
import org.commonground.assessment.entity.QuizAttempt;
import org.commonground.content.entity.Question;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;
import org.commonground.platform.control.Races;
import org.commonground.platform.web.FormToken;
import org.commonground.platform.web.KeptForm;

/**
 * Receives a submitted quiz (a plain form: no script needed), records the attempt
 * once however often it arrives, and redirects to its feedback. A quiz sent from an
 * out-of-date page (a form token of an earlier session) is not recorded: its choices
 * are kept and shown back on the quiz to send again. A submission that leaves a
 * question unanswered, unless the learner confirmed it, shows the quiz again with the
 * answers given.
 */
@WebServlet(name = "quizSubmit", urlPatterns = QuizServlet.PATH)
public class QuizServlet extends HttpServlet {

    static final String PATH = "/learn/quiz-submit";

    private static final long serialVersionUID = 1L;

    /** The request attribute naming the questions sent without an answer. */
    static final String UNANSWERED = "commonground.quiz.unanswered";

    @Inject
    QuizAttempts attempts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setCharacterEncoding("UTF-8");
        String module = request.getParameter("m");
        String unit = request.getParameter("u");
        String back = request.getContextPath() + "/learn/quiz.xhtml?m=" + enc(module) + "&u=" + enc(unit);
        if (!FormToken.isValid(request)) {
            KeptForm.keep(request);
            response.sendRedirect(back);
            return;
        }
        if ("stay".equals(request.getParameter("action"))) {
            // "Stay signed in": the session goes on, and the choices come back as they were, not yet sent.
            KeptForm.keep(request);
            response.sendRedirect(back + "&stayed=true");
            return;
        }
        int number;
        try {
            number = Integer.parseInt(request.getParameter("number"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        QuizAttempts.Opened opened;
        try {
            opened = attempts.open(module, unit);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, Set<String>> answers = new HashMap<>();
        for (Question question : opened.quiz().questions()) {
            String[] values = request.getParameterValues("q." + question.uuid());
            if (values != null) {
                answers.put(question.uuid(), new HashSet<>(Arrays.asList(values)));
            }
        }
        Set<String> unanswered = new HashSet<>();
        attempts.paperMine(opened.quiz(), number).questions().forEach(q -> unanswered.add(q.uuid()));
        unanswered.removeAll(answers.keySet());
        if (!unanswered.isEmpty() && request.getParameter("confirm") == null) {
            // Shown again with the answers given, asking for the rest (or to confirm): never the key.
            request.setAttribute(UNANSWERED, unanswered);
            request.getRequestDispatcher("/learn/quiz.xhtml").forward(request, response);
            return;
        }
        QuizAttempt attempt;
        try {
            // The same attempt arriving twice at once: the database records one, and the other, run again, finds it.
            attempt = Races.retried(() -> attempts.submit(module, unit, number, answers));
        } catch (BusinessException e) {
            response.sendRedirect(back + "&problem=" + enc(e.getMessageKey()));
            return;
        }
        response.sendRedirect(request.getContextPath() + "/learn/attempt.xhtml?a=" + attempt.getId());
    }
}
