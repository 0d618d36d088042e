package org.commonground.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.commonground.platform.boundary.AccessDeniedException;
import org.commonground.platform.boundary.NotFoundException;

/**
 * The Content-Disposition of every download. A file name can come from data a
 * person typed (a module's folder, a team's name): quotes, semicolons, line breaks
 * or a path would otherwise change the header or the file the browser writes. The
 * plain name keeps letters, digits, dot, dash and underscore (the rest become
 * underscores); the full name goes percent-encoded in {@code filename*} (RFC 6266).
 */
public final class Attachment {

    static final int MAX_LENGTH = 100;

    private Attachment() {
    }

    /** A file made for the person who asked for it. */
    public record File(String contentType, String filename, byte[] body) {
    }

    /** Makes the file; throws {@link NotFoundException} or {@link AccessDeniedException} as the boundary does. */
    @FunctionalInterface
    public interface Maker {
        File make() throws IOException;
    }

    /**
     * Sends a download that is never cached: 404 when what was asked for is not there,
     * 403 when the caller may not have it, else the file under its cleaned name.
     */
    public static void send(HttpServletResponse response, Maker maker) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        File file;
        try {
            file = maker.make();
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(file.contentType());
        name(response, file.filename());
        response.setContentLength(file.body().length);
        response.getOutputStream().write(file.body());
    }

    public static void name(HttpServletResponse response, String filename) {
        response.setHeader("Content-Disposition", header(filename));
    }

    /** The header's value for a file saved under this name. */
    public static String header(String filename) {
        String cleaned = cleaned(filename);
        return "attachment; filename=\"" + ascii(cleaned) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(cleaned, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Without control characters, path separators or quotes, and not too long. */
    private static String cleaned(String filename) {
        String name = Normalizer.normalize(filename == null ? "" : filename, Normalizer.Form.NFC)
                .codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                        || "/\\\"';:*?<>|%".indexOf(c) >= 0 ? '_' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                .strip().replaceAll("^[._]+", "");
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH - extension.length())) + extension;
        }
        return name.isEmpty() ? "download" : name;
    }

    private static String ascii(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("_{2,}", "_");
        return plain.replaceAll("^[._]+", "").isEmpty() ? "download" : plain;
    }
}
