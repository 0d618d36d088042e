package org.commonground.content.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A short quiz: questions, a pass mark (percent), which attempt counts, and its rules ({@link QuizRules}). */
public record Quiz(String uuid, String title, int passMark, AttemptRule counts, List<Question> questions, QuizRules rules) {

    public enum AttemptRule {
        BEST, LATEST;

        /** The score that counts among a person's attempts' scores (in the order they were made); 0 with none. */
        public double counted(List<Double> scoresInOrder) {
            if (scoresInOrder.isEmpty()) {
                return 0;
            }
            return this == LATEST ? scoresInOrder.get(scoresInOrder.size() - 1)
                    : scoresInOrder.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    public Quiz {
        questions = List.copyOf(questions);
        rules = rules == null ? QuizRules.DEFAULT : rules;
    }

    public Quiz(String uuid, String title, int passMark, AttemptRule counts, List<Question> questions) {
        this(uuid, title, passMark, counts, questions, QuizRules.DEFAULT);
    }

    /** The score in percent (0-100, one decimal) over these questions (a drawn paper). */
    public static double score(List<Question> asked, Map<String, Set<String>> answers) {
        if (asked.isEmpty()) {
            return 0;
        }
        double points = asked.stream().mapToDouble(q -> q.score(answers.getOrDefault(q.uuid(), Set.of()))).sum();
        return Math.round(points / asked.size() * 1000) / 10.0;
    }

    /** The score in percent (0-100, one decimal) for answers keyed by question uuid. */
    public double score(Map<String, Set<String>> answers) {
        return score(questions, answers);
    }

    public boolean passes(double score) {
        return score >= passMark;
    }
}
