package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** Works through a whole shipped module over HTTP, answering each quiz rightly from its file. */
public final class Modules {

    private static final Path LIBRARY = Path.of(System.getProperty("commonground.it.library"));

    private Modules() {
    }

    @SuppressWarnings("unchecked")
    public static void complete(WebClient browser, String folder) {
        Map<String, Object> module = yaml(LIBRARY.resolve("modules/" + folder + "/module.yaml"));
        String moduleUuid = (String) module.get("uuid");
        for (Map<String, Object> unit : (List<Map<String, Object>>) module.get("units")) {
            String unitUuid = (String) unit.get("unit");
            String rule = (String) unit.get("complete_when");
            if (rule.equals("quiz_passed")) {
                Map<String, Object> quiz = find("content/quizzes", (String) unit.get("quiz"));
                WebClient.Page page = browser.get("learn/quiz.xhtml?m=" + moduleUuid + "&u=" + unitUuid);
                List<String[]> fields = new ArrayList<>(Learning.baseFields(page, "quiz"));
                for (Map<String, Object> q : (List<Map<String, Object>>) quiz.get("questions")) {
                    for (Map<String, Object> option : (List<Map<String, Object>>) q.get("options")) {
                        if (Boolean.TRUE.equals(option.get("correct"))) {
                            fields.add(new String[] {"q." + q.get("uuid"), String.valueOf(option.get("key"))});
                        }
                    }
                }
                assertThat(Learning.post(browser, page, "quiz", fields).text("#result")).contains("You passed");
            } else if (rule.equals("read")) {
                browser.get("learn/unit.xhtml?m=" + moduleUuid + "&u=" + unitUuid);
                browser.submit("read", Map.of(), "submit");
            } else {
                WebClient.Page page = browser.get("learn/worksheet.xhtml?m=" + moduleUuid + "&u=" + unitUuid);
                List<String[]> fields = new ArrayList<>(Learning.baseFields(page, "worksheet"));
                fields.add(new String[] {"action", "submit"});
                Learning.post(browser, page, "worksheet", fields);
            }
        }
        assertThat(browser.get("learn/module.xhtml?m=" + moduleUuid).text("#moduleComplete")).contains("You completed");
    }

    private static Map<String, Object> find(String folder, String uuid) {
        try (Stream<Path> files = Files.walk(LIBRARY.resolve(folder))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).map(Modules::yaml)
                    .filter(y -> uuid.equals(y.get("uuid"))).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> yaml(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
