package org.commonground.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Post, then redirect, then get: the page shows the new state and a reload does not post again. */
public final class Redirect {

    private Redirect() {
    }

    /** Redirects to a path of the application (such as {@code /account/index.xhtml}), keeping the page's messages. */
    public static void to(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
