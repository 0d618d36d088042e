package org.commonground.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Raw HTML never survives: not in what an editor saves, not in what a page renders. */
class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void savingTakesOutHtmlBlocksAndInlineTagsAndKeepsTheWords() {
        String saved = renderer.withoutHtml("Before <img src=x onerror=alert(1)> after <b>bold</b>.\n\n<script>\nalert(1)\n</script>\n\n## Heading\n\nText.");

        assertThat(saved).doesNotContain("<img", "onerror", "<script", "<b>", "alert(1)");
        assertThat(saved).contains("Before", "after bold.", "## Heading", "Text.");
    }

    @Test
    void textWithoutTagsIsLeftAlone() {
        String text = "Fewer than 5 people: 3 < 5 and 7 > 5.\n\n- a list";
        assertThat(renderer.withoutHtml(text)).isEqualTo(text);
    }

    @Test
    void renderingEscapesWhatIsLeftAndDropsUnsafeLinks() {
        String html = renderer.toHtml("[click](javascript:alert(1)) <svg onload=alert(1)> ![x](javascript:alert(1))");

        assertThat(html).doesNotContain("javascript:", "<svg", "onload=");
    }
}
