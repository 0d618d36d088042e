package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The journey test module (src/test/library/modules/it-journey) and ways to work through it over HTTP. */
public final class Learning {

    public static final String MODULE = "59d74b2f-f608-4dc2-95da-075464c1847f";
    public static final String QUIZ_UNIT = "bbe2fce1-4934-402f-913f-ccd4d89624b7";
    public static final String WORKSHEET_UNIT = "4687095d-86e4-49f4-b9f8-f4b178e22292";
    public static final String MULTI = "9a1b7567-d6bf-4816-a1c6-b9035e1641f0";
    public static final String TRUE_FALSE = "36da82c6-8215-4072-a723-a914bce5d336";
    public static final String PROMPT = "6a3098dd-6a13-4100-960c-2e863273f99e";
    public static final String TABLE = "8e8152f3-e341-414c-a449-bb37adea9c09";
    public static final String CHECKLIST = "006a0f2a-c027-49a1-869b-e5e5b05c544f";

    private Learning() {
    }

    public static String unitPath(String unit) {
        return "learn/unit.xhtml?m=" + MODULE + "&u=" + unit;
    }

    public static String unitPathOf(String module, String unit) {
        return "learn/unit.xhtml?m=" + module + "&u=" + unit;
    }

    public static String quizPath() {
        return "learn/quiz.xhtml?m=" + MODULE + "&u=" + QUIZ_UNIT;
    }

    public static String worksheetPath() {
        return "learn/worksheet.xhtml?m=" + MODULE + "&u=" + WORKSHEET_UNIT;
    }

    /** Opens the quiz and submits these answers (pairs of question uuid and option key), as the form does. */
    public static WebClient.Page answerQuiz(WebClient browser, String... questionAndKey) {
        WebClient.Page quiz = browser.get(quizPath());
        List<String[]> fields = new ArrayList<>(baseFields(quiz, "quiz"));
        for (int i = 0; i < questionAndKey.length; i += 2) {
            fields.add(new String[] {"q." + questionAndKey[i], questionAndKey[i + 1]});
        }
        return post(browser, quiz, "quiz", fields);
    }

    public static WebClient.Page answerRightly(WebClient browser) {
        return answerQuiz(browser, MULTI, "a", MULTI, "b", TRUE_FALSE, "true");
    }

    /** Posts a plain HTML form of the current page with exactly these fields (repeats allowed). */
    public static WebClient.Page post(WebClient browser, WebClient.Page page, String formId, List<String[]> fields) {
        HttpResponse<String> response = send(browser, page, formId, fields);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return browser.get(URI.create(response.headers().firstValue("Location").orElseThrow()));
    }

    /** Posts a plain HTML form and returns the raw response, without following its redirect. */
    public static HttpResponse<String> send(WebClient browser, WebClient.Page page, String formId, List<String[]> fields) {
        try {
            return browser.http().send(formRequest(page, formId, fields), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The hidden fields every form carries (token, module, unit, attempt number). */
    public static List<String[]> baseFields(WebClient.Page page, String formId) {
        List<String[]> fields = new ArrayList<>();
        page.document().getElementById(formId).select("input[type=hidden]").forEach(i -> fields.add(new String[] {i.attr("name"), i.val()}));
        return fields;
    }

    /** The account page's profile form with a new name, as the browser sends it. */
    public static Map<String, String> renamedProfile(WebClient.Page account, String renamed) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        baseFields(account, "profile").forEach(f -> values.put(f[0], f[1]));
        values.put("profile:name", renamed);
        values.put("profile:submit", "Change name");
        return values;
    }

    /**
     * A profile form sent from a page whose view this server no longer has: it comes back
     * filled in with the expired-page message, nothing is saved until it is sent again, and
     * then it is.
     */
    public static void expiredProfileComesBackFilledIn(WebClient browser, Map<String, String> sent, String renamed,
            String nameBefore) {
        WebClient.Page back = browser.post(Server.uri("account/index.xhtml"), sent);
        assertThat(back.path()).endsWith("/account/index.xhtml");
        assertThat(back.text("#messages")).isEqualTo("This page had expired: check and send again.");
        assertThat(back.document().getElementById("profile:name").val()).isEqualTo(renamed);
        assertThat(browser.get("account/index.xhtml").document().getElementById("profile:name").val())
                .as("nothing saved until sent again").isEqualTo(nameBefore);
        WebClient.Page sentAgain = browser.submit("profile", Map.of("name", renamed), "submit");
        assertThat(sentAgain.document().getElementById("profile:name").val()).isEqualTo(renamed);
    }

    /** The hidden fields of a form and its ticked boxes and chosen options, as a browser sends it. */
    public static List<String[]> checkedFields(WebClient.Page page, String formId) {
        List<String[]> fields = baseFields(page, formId);
        page.document().getElementById(formId).select("input[checked]").forEach(i -> fields.add(new String[] {i.attr("name"), i.val()}));
        return fields;
    }

    /** What the autosave script sends for one part; returns status and JSON body. */
    public static HttpResponse<String> autosave(WebClient browser, WebClient.Page worksheet, String part,
            Map<String, String> fields, String version) {
        try {
            return browser.http().send(autosaveRequest(worksheet, part, fields, version), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The request the autosave script makes for one part, with the worksheet page's token. */
    public static HttpRequest autosaveRequest(WebClient.Page worksheet, String part, Map<String, String> fields, String version) {
        String token = worksheet.document().select("#worksheet input[name=token]").val();
        StringBuilder body = new StringBuilder("m=" + MODULE + "&u=" + WORKSHEET_UNIT + "&part=" + part + "&v." + part + "=" + version);
        fields.forEach((k, v) -> body.append('&').append(enc(k)).append('=').append(enc(v)));
        return HttpRequest.newBuilder(worksheet.uri().resolve("worksheet-save"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Autosave", "1")
                .header("X-CG-Token", token).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    /** The request a plain HTML form of the page makes with exactly these fields (repeats allowed). */
    public static HttpRequest formRequest(WebClient.Page page, String formId, List<String[]> fields) {
        String action = page.document().getElementById(formId).attr("action");
        String body = fields.stream().map(f -> enc(f[0]) + "=" + enc(f[1])).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(page.uri().resolve(action)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", page.uri().toString()).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
