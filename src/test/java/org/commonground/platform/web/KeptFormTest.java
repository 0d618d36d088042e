package org.commonground.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeptFormTest {

    /** Just enough of a request: its form, headers, caller and a session shared between requests. */
    private static final class Fake {
        final Map<String, String[]> parameters = new LinkedHashMap<>();
        final Map<String, String> headers = new HashMap<>();
        final Map<String, Object> session;
        String caller;
        String servletPath = "/learn/quiz-submit";

        Fake(Map<String, Object> session) {
            this.session = session;
        }

        HttpServletRequest request() {
            HttpSession httpSession = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getAttribute" -> session.get((String) args[0]);
                        case "setAttribute" -> session.put((String) args[0], args[1]);
                        case "removeAttribute" -> session.remove((String) args[0]);
                        default -> null;
                    });
            return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getParameterMap" -> parameters;
                        case "getParameter" -> parameters.containsKey(args[0]) ? parameters.get(args[0])[0] : null;
                        case "getHeader" -> headers.get(args[0]);
                        case "getUserPrincipal" -> caller == null ? null : (Principal) () -> caller;
                        case "getSession" -> httpSession;
                        case "getServletPath" -> servletPath;
                        case "getRequestURI" -> "/cg" + servletPath;
                        case "getContextPath" -> "/cg";
                        case "getCharacterEncoding" -> "UTF-8";
                        default -> null;
                    });
        }
    }

    @Test
    void aFormIsKeptWithoutTokensOrPasswordsAndShownBackOnceToThePersonWhoSentIt() {
        Map<String, Object> session = new HashMap<>();
        Fake before = new Fake(session);
        before.caller = "learner@example.org";
        String owner = FormToken.owner(before.request());
        Fake sent = new Fake(session);
        sent.parameters.put("m", new String[] {"module"});
        sent.parameters.put("q.one", new String[] {"a", "b"});
        sent.parameters.put("token", new String[] {"secret token"});
        sent.parameters.put("account:password", new String[] {"hunter2"});
        sent.parameters.put("jakarta.faces.ViewState", new String[] {"1:2"});
        sent.parameters.put(KeptForm.OWNER, new String[] {owner});

        KeptForm.keep(sent.request());
        Fake back = new Fake(session);
        back.caller = "learner@example.org";

        Optional<KeptForm> kept = KeptForm.take(back.request(), "/learn/quiz-submit", Map.of("m", "module"));
        assertThat(kept).isPresent();
        assertThat(kept.get().values()).containsOnlyKeys("m", "q.one").containsEntry("q.one", List.of("a", "b"));
        assertThat(KeptForm.take(back.request(), "/learn/quiz-submit", Map.of())).as("shown once").isEmpty();
    }

    @Test
    void theNextPersonToSignInOnTheBrowserNeverSeesItAndItIsDropped() {
        Map<String, Object> session = new HashMap<>();
        Fake first = new Fake(session);
        first.caller = "first@example.org";
        first.parameters.put(KeptForm.OWNER, new String[] {FormToken.owner(first.request())});
        first.caller = null;
        first.parameters.put("t.part", new String[] {"private words"});
        KeptForm.keep(first.request());
        Fake next = new Fake(session);
        next.caller = "next@example.org";

        assertThat(KeptForm.take(next.request(), "/learn/quiz-submit", Map.of())).isEmpty();
        assertThat(KeptForm.present(next.request())).isFalse();
    }

    @Test
    void aFormForAnotherPageStaysKeptUntilItsPageOpens() {
        Map<String, Object> session = new HashMap<>();
        Fake sent = new Fake(session);
        sent.caller = "learner@example.org";
        sent.parameters.put("m", new String[] {"module"});
        KeptForm.keep(sent.request());

        assertThat(KeptForm.take(sent.request(), "/sign-in.xhtml", Map.of())).isEmpty();
        assertThat(KeptForm.take(sent.request(), "/learn/quiz-submit", Map.of("m", "another"))).isEmpty();
        assertThat(KeptForm.present(sent.request())).isTrue();
    }

    @Test
    void itsPageIsThePathOfThePageItCameFromOnThisSiteOnly() {
        Fake sent = new Fake(new HashMap<>());
        sent.headers.put("Referer", "https://platform.example/cg/learn/quiz.xhtml?m=1&u=2");
        assertThat(KeptForm.pageOf(sent.request())).isEqualTo("/cg/learn/quiz.xhtml?m=1&u=2");

        sent.headers.put("Referer", "https://elsewhere.example/phish");
        assertThat(KeptForm.pageOf(sent.request())).isEqualTo("/cg/home.xhtml");
        sent.headers.put("Referer", "https://platform.example/cg/sign-in.xhtml");
        assertThat(KeptForm.pageOf(sent.request())).isEqualTo("/cg/home.xhtml");
        sent.servletPath = "/content/unit.xhtml";
        assertThat(KeptForm.pageOf(sent.request())).isEqualTo("/cg/content/unit.xhtml");
    }
}
