package org.commonground.content.entity;

import java.util.List;
import java.util.Set;

/**
 * A quiz question. Scoring gives partial credit: each correct option selected earns
 * its share of the correct options' weights, each wrong option selected loses its
 * share of the wrong options' weights, and a question never scores below zero.
 */
public record Question(String uuid, QuestionType type, String text, String explanation, List<AnswerOption> options,
        List<String> tags) {

    public Question {
        options = List.copyOf(options);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public Question(String uuid, QuestionType type, String text, String explanation, List<AnswerOption> options) {
        this(uuid, type, text, explanation, options, List.of());
    }

    /** The credit earned by a selection of option keys, from 0 to 1. */
    public double score(Set<String> selected) {
        double correctTotal = 0;
        double wrongTotal = 0;
        double earned = 0;
        double lost = 0;
        for (AnswerOption option : options) {
            if (option.correct()) {
                correctTotal += option.weight();
                if (selected.contains(option.key())) {
                    earned += option.weight();
                }
            } else {
                wrongTotal += option.weight();
                if (selected.contains(option.key())) {
                    lost += option.weight();
                }
            }
        }
        double score = (correctTotal == 0 ? 0 : earned / correctTotal) - (wrongTotal == 0 ? 0 : lost / wrongTotal);
        return Math.max(0, Math.min(1, score));
    }

    /** The option with this key, if the question has one. */
    public java.util.Optional<AnswerOption> option(String key) {
        return options.stream().filter(o -> o.key().equals(key)).findFirst();
    }

    /** Fully right: exactly the correct options chosen. */
    public boolean fullyRight(Set<String> selected) {
        return options.stream().allMatch(o -> o.correct() == selected.contains(o.key()));
    }

    public boolean hasOption(String key) {
        return options.stream().anyMatch(o -> o.key().equals(key));
    }
}
