package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * In a real browser: a learner who completed a module opens their record, downloads
 * the certificate, signs out, and checks its code on the public page. axe on each page.
 */
@Tag("browser")
abstract class CertificateJourneyChecks {

    @Test
    void completeDownloadTheCertificateAndCheckItsCodeSignedOut() throws Exception {
        People.Person learner = RecordChecks.completer("Reflection for the certificate journey");
        WebDriver driver = Browser.fresh();
        Browser.open(driver, "sign-in.xhtml");
        Browser.field(driver, "signIn:email").sendKeys(learner.email());
        Browser.field(driver, "signIn:password").sendKeys(learner.password(), Keys.ENTER);
        Browser.awaitHeading(driver, "My learning");

        driver.findElement(By.id("recordLink")).click();
        Browser.awaitHeading(driver, "My record");
        Browser.assertAccessible(driver);
        String code = driver.findElement(By.cssSelector(".certificate-code")).getText();
        String pdf = driver.findElement(By.cssSelector("a.certificate-link")).getAttribute("href");

        Cookie session = driver.manage().getCookieNamed("CGSESSION");
        Cookie key = driver.manage().getCookieNamed("CGKEY");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdf))
                .header("Cookie", "CGSESSION=" + session.getValue() + "; CGKEY=" + key.getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(download.body(), 0, 5)).isEqualTo("%PDF-");

        driver.findElement(By.id("signOut:submit")).click();
        Browser.awaitHeading(driver, "Sign in");
        driver.findElement(By.linkText("Check a certificate")).click();
        Browser.awaitHeading(driver, "Check a certificate");
        Browser.assertAccessible(driver);
        Browser.field(driver, "verify:code").sendKeys(code, Keys.ENTER);
        Browser.waiting(driver).until(d -> !d.findElements(By.id("verified")).isEmpty());
        assertThat(driver.findElement(By.id("verifiedName")).getText()).isEqualTo(learner.name());
        assertThat(driver.findElement(By.id("verifiedModule")).getText()).isEqualTo("Journey test module");
        Browser.assertAccessible(driver);

        Browser.field(driver, "verify:code").clear();
        Browser.field(driver, "verify:code").sendKeys("QQQQ-QQQQ-QQQQ-QQQQ", Keys.ENTER);
        Browser.waiting(driver).until(d -> !d.findElements(By.id("notFound")).isEmpty());
        Browser.assertAccessible(driver);
    }
}
