package org.commonground.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonground.content.boundary.Modules;

/**
 * An audit entry in words for the audit pages: "ROLE_GRANTED" reads "Role granted", and a
 * module named by its uuid in the detail reads as its title (entries keep the uuid, which stays
 * true when a module is renamed).
 */
@Named
@RequestScoped
public class AuditWords {

    private static final Pattern MODULE = Pattern.compile("module ([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");

    @Inject
    Modules modules;

    private Map<String, String> titles;

    public String action(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String detail(String detail) {
        if (detail == null || !detail.contains("module ")) {
            return detail;
        }
        Matcher matcher = MODULE.matcher(detail);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String title = titles().get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(title == null ? "a module no longer published" : "module “" + title + "”"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private Map<String, String> titles() {
        if (titles == null) {
            titles = new HashMap<>();
            modules.published().forEach(v -> titles.put(v.getModule().getUuid(), v.getTitle()));
        }
        return titles;
    }
}
