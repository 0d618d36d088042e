package org.commonground.content.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonground.content.control.MarkdownRenderer;

/** {@code #{markdown.html(text)}}: authored Markdown as safe HTML, the same for learners, trainers and reviewers. */
@Named("markdown")
@ApplicationScoped
public class MarkdownView {

    @Inject
    MarkdownRenderer renderer;

    @Inject
    MediaLinks media;

    public String html(String markdownText) {
        return media.rewrite(renderer.toHtml(markdownText));
    }
}
