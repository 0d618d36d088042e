package org.commonground.content.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A short quiz: questions, a pass mark (percent) and which attempt counts. */
public record Quiz(String uuid, String title, int passMark, AttemptRule counts, List<Question> questions) {

    public enum AttemptRule {
        BEST, LATEST
    }

    public Quiz {
        questions = List.copyOf(questions);
    }

    /** The score in percent (0-100, one decimal) for answers keyed by question uuid. */
    public double score(Map<String, Set<String>> answers) {
        if (questions.isEmpty()) {
            return 0;
        }
        double points = questions.stream().mapToDouble(q -> q.score(answers.getOrDefault(q.uuid(), Set.of()))).sum();
        return Math.round(points / questions.size() * 1000) / 10.0;
    }

    public boolean passes(double score) {
        return score >= passMark;
    }
}
