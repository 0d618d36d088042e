package org.commonground.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without a screen: keeps cookies, follows redirects, and submits Faces
 * forms the way a browser does (every field of the form, the view state, and the
 * pressed button). Each instance is one person's browser.
 */
public final class WebClient {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private final String forwardedFor;
    private Page last;

    public WebClient() {
        this(Server.uniqueAddress());
    }

    public WebClient(String clientAddress) {
        this.forwardedFor = clientAddress;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** One response: status, headers, the URI it came from, and the parsed page. */
    public record Page(int status, URI uri, HttpResponse<String> response, Document document) {

        public String body() {
            return response.body();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String text(String cssQuery) {
            Element element = document.selectFirst(cssQuery);
            return element == null ? "" : element.text();
        }

        public String path() {
            return uri.getPath();
        }

        public org.jsoup.select.Elements select(String cssQuery) {
            return document.select(cssQuery);
        }
    }

    public Page get(String path) {
        return get(Server.uri(path));
    }

    public Page get(URI uri) {
        return follow(request(uri).GET().build());
    }

    /** Fills in the named fields of a form on the current page and presses one of its buttons. */
    public Page submit(String formId, Map<String, String> fields, String buttonId) {
        Element form = last.document().getElementById(formId);
        if (form == null) {
            throw new AssertionError("no form '" + formId + "' on " + last.uri() + ":\n" + last.body());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input, textarea, select")) {
            String name = input.attr("name");
            String type = input.attr("type");
            if (name.isEmpty() || type.equals("submit") || type.equals("button")
                    || ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked"))) {
                continue;
            }
            values.put(name, value(input));
        }
        fields.forEach((id, value) -> values.put(formId + ":" + id, value));
        values.put(formId + ":" + buttonId, "submit");
        return post(URI.create(last.uri().toString()).resolve(form.attr("action")), values);
    }

    /** Submits a multipart form of the current page with one file, as a browser uploads it. */
    public Page upload(String formId, String fileFieldId, String fileName, byte[] content, String buttonId) {
        Element form = last.document().getElementById(formId);
        if (form == null) {
            throw new AssertionError("no form '" + formId + "' on " + last.uri());
        }
        String boundary = "----cg" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.BiConsumer<String, String> field = (name, value) -> body.writeBytes(("--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        for (Element input : form.select("input[type=hidden]")) {
            field.accept(input.attr("name"), input.val());
        }
        field.accept(formId + ":" + buttonId, "submit");
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":" + fileFieldId
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        URI uri = URI.create(last.uri().toString()).resolve(form.attr("action"));
        return follow(request(uri).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** The raw bytes of a GET (a download), with its status. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(request(Server.uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a browser sends for a field: a select sends its selected option, or its first. */
    private static String value(Element input) {
        if (input.tagName().equals("textarea")) {
            return input.text();
        }
        if (input.tagName().equals("select")) {
            Element selected = input.selectFirst("option[selected]");
            Element option = selected != null ? selected : input.selectFirst("option");
            return option == null ? "" : option.hasAttr("value") ? option.attr("value") : option.text();
        }
        boolean box = input.attr("type").equals("checkbox") || input.attr("type").equals("radio");
        return box && !input.hasAttr("value") ? "on" : input.val();
    }

    public Page post(URI uri, Map<String, String> values) {
        String body = values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return follow(request(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Page page() {
        return last;
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    /**
     * Drops a cookie and keeps the others: with the session id dropped, the next request
     * is what a node that never saw the session receives (the node that served it stopped).
     */
    public void forget(String name) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
    }

    /** Gives this browser a cookie (another browser's, say), in place of its own of that name. */
    public void carry(HttpCookie cookie) {
        forget(cookie.getName());
        HttpCookie copy = new HttpCookie(cookie.getName(), cookie.getValue());
        String context = Server.uri("").getPath();
        copy.setPath(cookie.getPath() != null ? cookie.getPath() : context.length() > 1 ? context.replaceAll("/$", "") : "/");
        copy.setVersion(0);
        // As the cookie manager files a server's cookie: under the host it came from, so the server can replace it.
        copy.setDomain(cookie.getDomain() != null ? cookie.getDomain() : Server.uri("").getHost());
        cookies.getCookieStore().add(Server.uri(""), copy);
    }

    /** The raw Set-Cookie headers the server sent with the last response that set any. */
    public HttpClient http() {
        return http;
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("X-Forwarded-For", forwardedFor);
    }

    private Page follow(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int hops = 0;
            while (response.statusCode() / 100 == 3 && hops++ < 10) {
                URI next = request.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                request = request(next).GET().build();
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            }
            last = new Page(response.statusCode(), response.uri(), response,
                    Jsoup.parse(response.body(), response.uri().toString()));
            return last;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
