package org.commonground.content.control;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.content.entity.FollowUpQuestion;
import org.commonground.content.entity.ModuleChange;
import org.commonground.content.entity.Resource;
import org.commonground.content.entity.Review;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A module.yaml as written: its fields and the uuids of its items, without
 * resolving them. The browser edits this (order of units, framing) while items may
 * still be half written; the parser checks the whole module when it is published.
 */
public record ModuleFile(String uuid, String title, String summary, String stage, String stageReason,
        List<String> outcomes, List<Resource> resources, List<Review> reviews, List<ModuleChange> changes,
        List<UnitRef> units, List<FollowUpQuestion> followUp) {

    public ModuleFile {
        followUp = List.copyOf(followUp);
        outcomes = List.copyOf(outcomes);
        resources = List.copyOf(resources);
        reviews = List.copyOf(reviews);
        changes = List.copyOf(changes);
        units = List.copyOf(units);
    }

    /** A module file with no change notes yet. */
    public ModuleFile(String uuid, String title, String summary, String stage, String stageReason, List<String> outcomes,
            List<Resource> resources, List<Review> reviews, List<UnitRef> units) {
        this(uuid, title, summary, stage, stageReason, outcomes, resources, reviews, List.of(), units, List.of());
    }

    /** One entry of {@code units}: uuids of its items, and its completion rule as written. */
    public record UnitRef(String unit, String quiz, String worksheet, String completeWhen) {
    }

    /** Reads a module.yaml leniently; empty when it is not a YAML mapping at all. */
    public static Optional<ModuleFile> read(String text) {
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(new StringReader(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!(loaded instanceof Map<?, ?> root)) {
            return Optional.empty();
        }
        List<UnitRef> units = new ArrayList<>();
        for (Map<?, ?> u : maps(root.get("units"))) {
            units.add(new UnitRef(text(u.get("unit")), nullable(u.get("quiz")), nullable(u.get("worksheet")),
                    text(u.get("complete_when"))));
        }
        List<Resource> resources = new ArrayList<>();
        for (Map<?, ?> r : maps(root.get("resources"))) {
            resources.add(new Resource(text(r.get("title")), text(r.get("publisher")), text(r.get("url"))));
        }
        List<Review> reviews = new ArrayList<>();
        for (Map<?, ?> r : maps(root.get("reviews"))) {
            reviews.add(new Review(text(r.get("name")), text(r.get("role")), date(r.get("date")), text(r.get("note"))));
        }
        List<ModuleChange> changes = new ArrayList<>();
        for (Map<?, ?> c : maps(root.get("changes"))) {
            changes.add(new ModuleChange(date(c.get("date")), text(c.get("note"))));
        }
        List<FollowUpQuestion> followUp = new ArrayList<>();
        for (Map<?, ?> q : maps(root.get("follow_up"))) {
            followUp.add(new FollowUpQuestion(text(q.get("uuid")), text(q.get("text"))));
        }
        List<String> outcomes = root.get("outcomes") instanceof List<?> list ? list.stream().map(ModuleFile::text).toList() : List.of();
        return Optional.of(new ModuleFile(text(root.get("uuid")), text(root.get("title")), text(root.get("summary")),
                text(root.get("stage")), text(root.get("stage_reason")), outcomes, resources, reviews, changes, units, followUp));
    }

    public ModuleFile withUnits(List<UnitRef> newUnits) {
        return new ModuleFile(uuid, title, summary, stage, stageReason, outcomes, resources, reviews, changes, newUnits, followUp);
    }

    public ModuleFile withReview(Review review) {
        List<Review> more = new ArrayList<>(reviews);
        more.add(review);
        return withReviews(more);
    }

    public ModuleFile withReviews(List<Review> newReviews) {
        return new ModuleFile(uuid, title, summary, stage, stageReason, outcomes, resources, newReviews, changes, units, followUp);
    }

    public ModuleFile withFraming(String newTitle, String newSummary, String newStage, String newReason,
            List<String> newOutcomes) {
        return new ModuleFile(uuid, newTitle, newSummary, newStage, newReason, newOutcomes, resources, reviews, changes, units, followUp);
    }

    public String write() {
        return ContentWriter.module(this);
    }

    private static LocalDate date(Object value) {
        try {
            return LocalDate.parse(text(value));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<Map<?, ?>> maps(Object value) {
        List<Map<?, ?>> maps = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).forEach(m -> maps.add((Map<?, ?>) m));
        }
        return maps;
    }

    private static String nullable(Object value) {
        return value == null ? null : text(value);
    }

    private static String text(Object value) {
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        }
        return value == null ? "" : String.valueOf(value);
    }
}
