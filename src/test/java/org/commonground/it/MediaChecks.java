package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Pictures in content: served with long caching to those who may read them, a draft's
 * only to its trainers; uploaded on a module's Pictures page (SVG cleaned, so no script
 * ever runs), carried in zips, and shown in a unit with alt text, also on a phone.
 */
abstract class MediaChecks {

    private static final Path LIBRARY = Path.of(System.getProperty("commonground.it.library"));
    private static final String PARTNERSHIP_LEVELS = "5e1eae4c-ab23-449f-a05c-8697b03517bc";
    private static final String DIAGRAM = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 60\" role=\"img\">"
            + "<title>Two boxes</title><rect width=\"80\" height=\"50\" fill=\"#1d4e89\"/>"
            + "<rect x=\"100\" width=\"80\" height=\"50\" fill=\"#1e6b34\"/></svg>";
    private static final String HOSTILE = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\""
            + " onload=\"document.documentElement.setAttribute('data-ran','onload')\">"
            + "<script>document.documentElement.setAttribute('data-ran','script')</script>"
            + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">hi</div></foreignObject>"
            + "<rect width=\"5\" height=\"5\"/></svg>";

    private static String unitUuid(String file) {
        try {
            Matcher m = Pattern.compile("(?m)^uuid:\\s*([0-9a-f-]{36})").matcher(Files.readString(LIBRARY.resolve(file)));
            assertThat(m.find()).isTrue();
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String path(String src) {
        return src.replaceFirst("^.*?/media/", "media/");
    }

    @Test
    void aPublishedDiagramIsCachedForAYearAndServedOnlyToPeopleSignedIn() throws Exception {
        People.Person learner = People.newLearner();
        String unit = unitUuid("content/units/partnership-levels/02-network-coordinate-cooperate-collaborate.md");
        WebClient.Page page = learner.browser().get("learn/unit.xhtml?m=" + PARTNERSHIP_LEVELS + "&u=" + unit);
        Element img = page.select(".prose img").first();
        assertThat(img).isNotNull();
        assertThat(img.attr("alt")).startsWith("The four levels as a stack");
        String src = path(img.attr("src"));
        assertThat(src).matches("media/" + PARTNERSHIP_LEVELS + "/[0-9a-f]{64}/partnership-levels/four-levels.svg");

        HttpResponse<byte[]> svg = learner.browser().download(src);
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(svg.headers().firstValue("Cache-Control")).contains("private, max-age=31536000, immutable");
        assertThat(svg.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(svg.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'none'", "sandbox").doesNotContain("script-src"));
        assertThat(new String(svg.body(), StandardCharsets.UTF_8)).contains("<title id=\"title\">The four levels");
        String etag = svg.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = learner.browser().http().send(HttpRequest.newBuilder(Server.uri(src))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        // A stranger is sent to sign in (the sign-in page, or a redirect to it), never the picture.
        HttpResponse<byte[]> stranger = new WebClient().download(src);
        assertThat(stranger.headers().firstValue("Content-Type").orElse("")).doesNotStartWith("image/");
        assertThat(new String(stranger.body(), StandardCharsets.UTF_8)).doesNotContain("The four levels");
        String otherHash = src.replaceFirst("/[0-9a-f]{64}/", "/" + "0".repeat(64) + "/");
        assertThat(learner.browser().download(otherHash).statusCode()).isEqualTo(404);
        assertThat(learner.browser().download(src.replace("four-levels.svg", "../../etc/passwd")).statusCode()).isEqualTo(404);
    }

    @Test
    void uploadsAreCheckedAndADraftsPicturesAreOnlyForItsTrainers() {
        People.Person trainer = Authoring.trainer();
        String uuid = Authoring.newModule(trainer.browser(), Server.unique("Pictures "));
        assertThat(Authoring.module(trainer.browser(), uuid).select("a#pictures").attr("href"))
                .as("the module page links to its pictures").contains("content/media.xhtml?module=" + uuid);

        trainer.browser().get("content/media.xhtml?module=" + uuid);
        WebClient.Page refused = trainer.browser().upload("upload", "file", "photo.gif", "GIF89a".getBytes(), "submit");
        assertThat(refused.text("#upload\\:fileError")).contains("Only SVG, PNG, JPEG and WebP");
        byte[] big = new byte[400 * 1024];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}, 0, big, 0, 8);
        refused = trainer.browser().upload("upload", "file", "big.png", big, "submit");
        assertThat(refused.text("#upload\\:fileError")).contains("the most is 300 KB");
        refused = trainer.browser().upload("upload", "file", "fake.png", "not a png".getBytes(), "submit");
        assertThat(refused.text("#upload\\:fileError")).contains("it is not a PNG picture");

        WebClient.Page uploaded = trainer.browser().upload("upload", "file", "Hostile Diagram.svg",
                HOSTILE.getBytes(StandardCharsets.UTF_8), "submit");
        assertThat(uploaded.body()).contains("Uploaded hostile-diagram.svg", "cleaned", "a script",
                "an event handler (onload)", "a foreignObject");
        Element row = uploaded.select("#pictureTable tbody tr").first();
        assertThat(row.text()).contains("hostile-diagram.svg", "![Describe what the picture shows](media/");
        String src = path(row.select("img").attr("src"));
        assertThat(src).matches("media/" + uuid + "/draft/[a-z0-9-]+/hostile-diagram.svg");

        HttpResponse<byte[]> served = trainer.browser().download(src);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Cache-Control")).contains("private, no-cache");
        assertThat(new String(served.body(), StandardCharsets.UTF_8)).doesNotContain("script", "onload", "foreignObject")
                .contains("<rect");
        People.Person learner = People.newLearner();
        assertThat(learner.browser().download(src).statusCode()).isEqualTo(404);
        People.Person reviewer = Authoring.withRole("REVIEWER");
        assertThat(reviewer.browser().download(src).statusCode()).as("a reviewer it was not sent to").isEqualTo(404);
        Authoring.sendToReviewer(trainer.browser(), uuid, reviewer);
        assertThat(reviewer.browser().download(src).statusCode()).as("the reviewer it was sent to").isEqualTo(200);
        assertThat(new String(new WebClient().download(src).body(), StandardCharsets.UTF_8)).doesNotContain("<rect");

        Map<String, byte[]> zip = unzip(Authoring.download(trainer.browser(), "content/export?module=" + uuid + "&draft=true"));
        String entry = "content/media/" + src.substring(src.indexOf("/draft/") + "/draft/".length());
        assertThat(zip).containsKey(entry);
        assertThat(new String(zip.get(entry), StandardCharsets.UTF_8)).startsWith("<?xml").contains("<rect");
    }

    @Test
    void deletingAPictureAsksFirstAndIsRefusedWhileAUnitShowsIt() {
        People.Person trainer = Authoring.trainer();
        String uuid = Authoring.newModule(trainer.browser(), Server.unique("Deleting pictures "));
        trainer.browser().get("content/media.xhtml?module=" + uuid);
        trainer.browser().upload("upload", "file", "boxes.svg", DIAGRAM.getBytes(StandardCharsets.UTF_8), "submit");
        WebClient.Page page = trainer.browser().get("content/media.xhtml?module=" + uuid);
        String link = page.select("#pictureTable code").text().replaceFirst("^.*\\((media/[^)]+)\\).*$", "$1");
        Authoring.editUnit(trainer.browser(), uuid, 1, Map.of("body", "## Two boxes\n\n![Two boxes side by side](" + link + ")"));

        WebClient.Page confirm = trainer.browser().get("content/media.xhtml?module=" + uuid + "&delete=boxes.svg");
        assertThat(confirm.text("#stillUsed")).contains("cannot be deleted yet").contains("(Unit 1, ").doesNotContain(".md");
        assertThat(trainer.browser().get("content/media.xhtml?module=" + uuid).text("#pictureTable tbody td:nth-child(3)"))
                .as("the units that show it, as the editor names them").startsWith("Unit 1, ").doesNotContain("content/");
        assertThat(confirm.select("#delete\\:submit")).isEmpty();

        Authoring.editUnit(trainer.browser(), uuid, 1, Map.of("body", "## Two boxes\n\nNo picture now."));
        confirm = trainer.browser().get("content/media.xhtml?module=" + uuid + "&delete=boxes.svg");
        assertThat(confirm.text("#confirmDelete")).contains("Delete boxes.svg?");
        assertThat(trainer.browser().get("content/media.xhtml?module=" + uuid).select("#pictureTable")).isNotEmpty();
        trainer.browser().get("content/media.xhtml?module=" + uuid + "&delete=boxes.svg");
        WebClient.Page deleted = trainer.browser().submit("delete", Map.of(), "submit");
        assertThat(deleted.body()).contains("Deleted boxes.svg");
        assertThat(deleted.select("#noPictures")).isNotEmpty();
    }

    @Test
    void aTrainerUploadsADiagramInTheBrowserAndALearnerSeesItOnAPhone() throws IOException {
        People.Person trainer = Authoring.trainer();
        String title = Server.unique("Diagrams ");
        String uuid = Authoring.newModule(trainer.browser(), title);
        Authoring.frame(trainer.browser(), uuid, title);
        Path file = Files.createTempFile("two-boxes", ".svg");
        Path hostile = Files.createTempFile("hostile", ".svg");
        try {
            Files.writeString(file, DIAGRAM);
            Files.writeString(hostile, HOSTILE);
            WebDriver driver = Browser.fresh();
            Browser.signIn(driver, trainer);
            Browser.open(driver, "content/module.xhtml?module=" + uuid);
            Browser.awaitHeading(driver, "Module: " + title);
            driver.findElement(By.id("pictures")).click();
            Browser.awaitHeading(driver, "Pictures: " + title);
            Browser.assertAccessible(driver);
            Browser.field(driver, "upload:file").sendKeys(file.toAbsolutePath().toString());
            Browser.field(driver, "upload:submit").click();
            Browser.waiting(driver).until(d -> !d.findElements(By.id("pictureTable")).isEmpty());
            Browser.assertAccessible(driver);
            String markdown = driver.findElement(By.cssSelector("#pictureTable code")).getText();
            assertThat(markdown).startsWith("![Describe what the picture shows](media/");

            Browser.field(driver, "upload:file").sendKeys(hostile.toAbsolutePath().toString());
            Browser.field(driver, "upload:submit").click();
            Browser.waiting(driver).until(d -> d.findElements(By.cssSelector("#pictureTable tbody tr")).size() == 2);
            String hostileSrc = driver.findElements(By.cssSelector("#pictureTable img")).stream()
                    .map(i -> i.getAttribute("src")).filter(s -> s.contains("hostile")).findFirst().orElseThrow();
            driver.get(hostileSrc);
            Browser.waiting(driver).until(d -> !d.findElements(By.tagName("rect")).isEmpty());
            Object ran = ((JavascriptExecutor) driver).executeScript("return document.documentElement.getAttribute('data-ran');");
            assertThat(ran).as("no script of the uploaded SVG ran").isNull();

            String alt = "Two boxes side by side, blue and green";
            Authoring.editUnit(trainer.browser(), uuid, 1, Map.of("body",
                    "## The picture\n\n" + markdown.replace("Describe what the picture shows", alt)
                            + "\n\nThe blue box is on the left and the green box on the right."));
            Authoring.publish(trainer.browser(), uuid, false);

            People.Person learner = People.newLearner();
            WebDriver phone = Browser.fresh();
            phone.manage().window().setSize(new Dimension(360, 740));
            Browser.signIn(phone, learner);
            Browser.open(phone, "learn/module.xhtml?m=" + uuid);
            phone.findElement(By.partialLinkText("First unit")).click();
            WebElement img = Browser.waiting(phone).until(d -> d.findElement(By.cssSelector(".prose img")));
            assertThat(img.getAttribute("alt")).isEqualTo(alt);
            Browser.waiting(phone).until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                    "return arguments[0].complete ? arguments[0].naturalWidth : 0;", img)).intValue() > 0);
            assertThat(img.getAttribute("src")).matches(".*/media/" + uuid + "/[0-9a-f]{64}/.*two-boxes.*\\.svg");
            assertThat(img.getSize().getWidth()).isLessThanOrEqualTo(360);
            Object overflow = ((JavascriptExecutor) phone).executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
            Browser.assertAccessible(phone);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(hostile);
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
