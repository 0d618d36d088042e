package org.commonground.content.entity;

import java.util.List;
import java.util.Optional;

/** A whole module as written: its framing and its units in order. Immutable. */
public record ModuleDefinition(String uuid, String title, String summary, Stage stage, String stageReason,
        List<String> outcomes, List<Resource> resources, List<Review> reviews, List<ModuleChange> changes,
        List<ModuleUnit> units) {

    public ModuleDefinition {
        outcomes = List.copyOf(outcomes);
        resources = List.copyOf(resources);
        reviews = List.copyOf(reviews);
        changes = List.copyOf(changes);
        units = List.copyOf(units);
    }

    public int minutes() {
        return units.stream().mapToInt(u -> u.unit().minutes()).sum();
    }

    public Optional<ModuleUnit> unit(String unitUuid) {
        return units.stream().filter(u -> u.unit().uuid().equals(unitUuid)).findFirst();
    }

    public int position(String unitUuid) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).unit().uuid().equals(unitUuid)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The quiz as its attempts are given it: a quiz that draws by tag draws from its own
     * questions and every question with that tag in the module's other quizzes (the
     * module is the bank), each once, its own first; any other quiz as it is.
     */
    public Quiz pooled(Quiz quiz) {
        String tag = quiz.rules().drawTag();
        if (tag == null) {
            return quiz;
        }
        java.util.Map<String, Question> pool = new java.util.LinkedHashMap<>();
        quiz.questions().forEach(q -> pool.put(q.uuid(), q));
        units.stream().flatMap(u -> u.quiz().stream()).filter(other -> !other.uuid().equals(quiz.uuid()))
                .flatMap(other -> other.questions().stream()).filter(q -> q.tags().contains(tag))
                .forEach(q -> pool.putIfAbsent(q.uuid(), q));
        return new Quiz(quiz.uuid(), quiz.title(), quiz.passMark(), quiz.counts(), List.copyOf(pool.values()), quiz.rules());
    }
}
