package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A PrimeFaces lazy table on a page, used as a person does: headings to sort, boxes to filter, the paginator by keyboard. */
record LazyTable(WebDriver driver, String id) {

    WebElement header(String title) {
        return driver.findElements(By.cssSelector("[id='" + id + "'] thead th")).stream()
                .filter(th -> th.findElements(By.cssSelector(".ui-column-title")).stream().anyMatch(t -> t.getText().equals(title)))
                .findFirst().orElseThrow(() -> new AssertionError("no column " + title));
    }

    /** Types into a column's filter box (as a person does: the table filters after a short pause). */
    void filter(String column, String text) {
        WebElement box = header(column).findElement(By.cssSelector("input.ui-column-filter"));
        assertThat(box.getAttribute("aria-label")).contains(column);
        box.clear();
        box.sendKeys(text);
    }

    /** "Page 1 of 4 (200 found)", or empty while the paginator is not there. */
    String report() {
        List<WebElement> reports = driver.findElements(By.cssSelector("[id='" + id + "'] .ui-paginator-current"));
        return reports.isEmpty() ? "" : reports.get(0).getText();
    }

    List<String> rowTexts() {
        return driver.findElements(By.cssSelector("[id='" + id + "_data'] > tr")).stream().map(WebElement::getText).toList();
    }

    WebElement next() {
        return driver.findElement(By.cssSelector("[id='" + id + "'] .ui-paginator-next"));
    }

    /** Presses Enter on an element that the keyboard's Tab order reaches. */
    static void press(WebElement element) {
        assertThat(element.getAttribute("tabindex")).as("reachable by keyboard").isNotEqualTo("-1");
        element.sendKeys(Keys.ENTER);
    }
}
