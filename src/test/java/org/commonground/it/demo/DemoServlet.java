package org.commonground.it.demo;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.commonground.demo.boundary.DemoData;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Test only (added to the WAR by PlatformIT, never in production):
 * {@code POST /it-only/demo?tag=T} loads the shipped demo seeds into the shared test
 * database as an organisation of their own: the organisation's and teams' uuids are
 * made from the tag, emails become {@code name@T.demo.commonground.test}, and the
 * names, join code, draft title and the changed module's title carry the tag. The same tag twice loads the same
 * seeds again (to show that a second load changes nothing).
 */
@WebServlet("/it-only/demo")
public class DemoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DemoData demo;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tag = request.getParameter("tag");
        if (tag == null || !tag.matches("[a-z0-9]{1,30}")) {
            response.sendError(400, "tag: lower-case letters and digits");
            return;
        }
        String seeds;
        try (InputStream in = DemoServlet.class.getClassLoader().getResourceAsStream("shipped/seeds/demo.yaml")) {
            seeds = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        demo.load(retag(seeds, tag));
        response.setContentType("text/plain");
        response.getWriter().write("loaded " + tag);
    }

    /** The seeds with this tag's own organisation, teams, people, draft and changed module; the shipped modules stay the same. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> retag(String seeds, String tag) {
        Map<String, Object> parsed = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(seeds);
        Map<String, Object> organisation = (Map<String, Object>) parsed.get("organisation");
        String text = seeds;
        // The organisation's and teams' uuids only: module uuids are the published modules'.
        text = text.replace((String) organisation.get("uuid"), uuid(tag, (String) organisation.get("uuid")));
        for (Map<String, Object> team : (java.util.List<Map<String, Object>>) organisation.get("teams")) {
            String old = (String) team.get("uuid");
            text = text.replace(old, uuid(tag, old));
            text = text.replace("name: " + team.get("name"), "name: " + team.get("name") + " " + tag);
        }
        text = text.replace("name: " + organisation.get("name"), "name: " + organisation.get("name") + " " + tag);
        text = text.replace("join_code: " + organisation.get("join_code"), "join_code: DEMO-" + tag.toUpperCase());
        text = text.replace("@demo.commonground.test", "@" + tag + ".demo.commonground.test");
        text = text.replace("title: Welcoming people at reception", "title: Welcoming people at reception " + tag);
        text = text.replace("title: Noticing who is missing", "title: Noticing who is missing " + tag);
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    private static String uuid(String tag, String old) {
        return UUID.nameUUIDFromBytes((tag + "/" + old).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
