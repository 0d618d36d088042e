package org.commonground.content.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The register of facts ({@code content/facts/*.yaml}): every statement of law,
 * policy, entitlement or figure that the units make, with the document it comes
 * from, the units that state it, and whether and how it was checked. Kept apart
 * from the modules: the importer and zip uploads pass over it, and the shipped
 * content test reads it to fail on a fact with no real source.
 */
public final class FactRegister {

    public static final String FOLDER = "content/facts/";
    static final String NOT_CHECKED = "Not checked";
    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    /** A document a fact comes from: never a site's home page. */
    public record Source(String title, String publisher, String url) {
    }

    /** One fact in our words; {@code checked} is empty when nobody checked it against its source. */
    public record Fact(String id, String file, String fact, Source source, List<String> units, Optional<LocalDate> checked,
            String how) {
        public Fact {
            units = List.copyOf(units);
        }
    }

    /** The facts read and every problem found, each with file, line and field. */
    public record Read(List<Fact> facts, List<Problem> problems) {
        public Read {
            facts = List.copyOf(facts);
            problems = List.copyOf(problems);
        }

        public long checkedCount() {
            return facts.stream().filter(f -> f.checked().isPresent()).count();
        }
    }

    private FactRegister() {
    }

    static boolean isFactFile(String path) {
        return path.startsWith(FOLDER) && (path.endsWith(".yaml") || path.endsWith(".yml"))
                && path.indexOf('/', FOLDER.length()) < 0;
    }

    /** Reads every register file among {@code files}; {@code unitUuids} are the units a fact may name. */
    public static Read read(Map<String, String> files, Set<String> unitUuids) {
        List<Problem> problems = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        Map<String, String> firstSeen = new HashMap<>();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            if (!isFactFile(file.getKey())) {
                continue;
            }
            Optional<Fields> root = ContentParser.Yamls.root(file.getKey(), file.getValue(), 0, problems);
            if (root.isEmpty()) {
                continue;
            }
            root.get().allow(Set.of("facts"));
            for (Fields f : root.get().list("facts", true)) {
                facts.add(fact(file.getKey(), f, unitUuids, firstSeen));
            }
        }
        return new Read(facts, problems);
    }

    private static Fact fact(String path, Fields f, Set<String> unitUuids, Map<String, String> firstSeen) {
        f.allow(Set.of("id", "fact", "source", "units", "checked", "how"));
        String id = f.text("id");
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            f.problem("id", "'" + id + "' is not kebab-case (lower-case words joined by hyphens)");
        }
        String previous = id.isEmpty() ? null : firstSeen.putIfAbsent(id, path);
        if (previous != null) {
            f.problem("id", "id " + id + " is already used in " + previous);
        }
        Source source = source(f);
        List<String> units = f.texts("units", true);
        if (f.has("units") && units.isEmpty()) {
            f.problem("units", "name at least one unit that states this fact");
        }
        for (String unit : units) {
            if (!unitUuids.contains(unit.toLowerCase(java.util.Locale.ROOT))) {
                f.problem("units", "no unit with uuid " + unit + " in content/units");
            }
        }
        Optional<LocalDate> checked = checked(f);
        String how = f.optionalText("how").orElse("");
        if (how.isBlank()) {
            f.problem("how", checked.isPresent() ? "say how the fact was checked on " + checked.get()
                    : "say how it was checked, or \"" + NOT_CHECKED + ": <why>\"");
        } else if (checked.isPresent() && how.startsWith(NOT_CHECKED)) {
            f.problem("how", "says not checked, but the fact has a checked date");
        } else if (checked.isEmpty() && !how.startsWith(NOT_CHECKED)) {
            f.problem("checked", "give the date it was checked, or start 'how' with \"" + NOT_CHECKED + ":\"");
        }
        return new Fact(id, path, f.text("fact"), source, units, checked, how);
    }

    private static Source source(Fields f) {
        Optional<Fields> found = f.mapping("source", true);
        if (found.isEmpty()) {
            return new Source("", "", "");
        }
        Fields s = found.get();
        s.allow(Set.of("title", "publisher", "url"));
        String url = s.text("url");
        if (!url.isEmpty()) {
            homePage(url).ifPresent(reason -> s.problem("url", reason));
        }
        return new Source(s.text("title"), s.text("publisher"), url);
    }

    /** Why a url cannot stand for a document, if it cannot: a home page, unless a query names a page on it. */
    static Optional<String> homePage(String url) {
        if (!url.startsWith("https://")) {
            return Optional.of("must start with https://");
        }
        try {
            URI uri = new URI(url);
            String p = uri.getPath();
            boolean query = uri.getQuery() != null && !uri.getQuery().isEmpty();
            if ((p == null || p.isEmpty() || p.equals("/")) && !query) {
                return Optional.of(url + " is a site's home page: link to the document itself");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("'" + url + "' is not a valid address");
        }
    }

    private static Optional<LocalDate> checked(Fields f) {
        Optional<String> raw = f.optionalText("checked");
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(raw.get()));
        } catch (DateTimeParseException e) {
            f.problem("checked", "expected a date like 2026-12-03, not '" + raw.get() + "'");
            return Optional.empty();
        }
    }
}
