package org.commonground.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonground.content.control.Media;
import org.commonground.platform.web.Urls;

/**
 * Where the pictures of the page's module are served from. Units name a picture as
 * {@code media/<folder>/<file>}; on a learner's page that becomes an address with the
 * picture's hash, which never changes (a new picture is a new address), and on a
 * draft's pages an address of the draft's copy. A page says which module it shows;
 * on a content editor's page ({@code /content/...?module=}) it is the module's draft.
 */
@RequestScoped
public class MediaLinks {

    private static final Pattern SRC = Pattern.compile("src=\"(media/[A-Za-z0-9._/-]+)\"");

    private String module;
    private Map<String, String> hashes;

    /** The page shows a published version of a module with these pictures (link to hash). */
    public void published(String moduleUuid, Map<String, String> pictures) {
        this.module = moduleUuid;
        this.hashes = pictures;
    }

    /** The page shows the open draft of a module. */
    public void draft(String moduleUuid) {
        this.module = moduleUuid;
        this.hashes = null;
    }

    /** The HTML with each picture's {@code src} pointing where the platform serves it. */
    public String rewrite(String html) {
        if (html.indexOf("src=\"media/") < 0) {
            return html;
        }
        Optional<String> base = base();
        if (base.isEmpty()) {
            return html;
        }
        Matcher m = SRC.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String link = m.group(1);
            String version = hashes == null ? "draft" : hashes.get(link);
            String src = version == null ? link
                    : base.get() + version + "/" + link.substring(Media.LINK_PREFIX.length());
            m.appendReplacement(out, Matcher.quoteReplacement("src=\"" + src + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Optional<String> base() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Optional.empty();
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (module == null) {
            String param = request.getParameter("module");
            if (param == null || !request.getServletPath().startsWith("/content/")) {
                return Optional.empty();
            }
            draft(param);
        }
        return Optional.of(request.getContextPath() + "/media/" + Urls.enc(module) + "/");
    }
}
