package org.commonground.assessment.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.QuestionType;
import org.commonground.content.entity.Quiz;
import org.commonground.content.entity.QuizRules;

/**
 * The paper one attempt is given: the questions drawn from the quiz's pool and each
 * question's options in the order shuffled for that attempt. It follows from the
 * learner, the quiz and the attempt's number alone, so a reload shows the same paper
 * and the next attempt a different one, with nothing stored until it is submitted.
 * Pinned options (such as "none of these") and true/false keep their places.
 */
public record Paper(List<Question> questions) {

    public Paper {
        questions = List.copyOf(questions);
    }

    /** The paper for attempt {@code number} of this learner at this quiz. */
    public static Paper of(Quiz quiz, long accountId, int number) {
        return build(quiz, accountId, number, drawn(quiz, accountId, number));
    }

    /** The paper an attempt was given: the questions it recorded (all when it recorded none), in the attempt's order. */
    public static Paper recorded(Quiz quiz, long accountId, int number, Collection<String> questionUuids) {
        if (questionUuids == null || questionUuids.isEmpty()) {
            return build(quiz, accountId, number, quiz.questions());
        }
        return build(quiz, accountId, number, quiz.questions().stream().filter(q -> questionUuids.contains(q.uuid())).toList());
    }

    /** The uuids of the drawn questions, or null when every question is asked (nothing to record). */
    public List<String> drawnUuids(Quiz quiz) {
        return quiz.rules().draw() == null ? null : questions.stream().map(Question::uuid).toList();
    }

    private static List<Question> drawn(Quiz quiz, long accountId, int number) {
        QuizRules rules = quiz.rules();
        List<Question> pool = quiz.questions().stream()
                .filter(q -> rules.drawTag() == null || q.tags().contains(rules.drawTag())).toList();
        if (rules.draw() == null) {
            return pool;
        }
        List<Question> shuffled = new ArrayList<>(pool);
        shuffle(shuffled, random(accountId, quiz.uuid(), number, "draw"));
        List<Question> chosen = shuffled.subList(0, Math.min(rules.draw(), shuffled.size()));
        return pool.stream().filter(chosen::contains).toList();
    }

    private static Paper build(Quiz quiz, long accountId, int number, List<Question> asked) {
        if (!quiz.rules().shuffle()) {
            return new Paper(asked);
        }
        return new Paper(asked.stream().map(q -> shuffled(q, random(accountId, quiz.uuid(), number, q.uuid()))).toList());
    }

    /** The question with its unpinned options shuffled among their own places. */
    static Question shuffled(Question question, SplittableRandom random) {
        if (question.type() == QuestionType.TRUE_FALSE) {
            return question;
        }
        List<AnswerOption> free = new ArrayList<>(question.options().stream().filter(o -> !o.pinned()).toList());
        shuffle(free, random);
        List<AnswerOption> ordered = new ArrayList<>();
        int next = 0;
        for (AnswerOption option : question.options()) {
            ordered.add(option.pinned() ? option : free.get(next++));
        }
        return new Question(question.uuid(), question.type(), question.text(), question.explanation(), ordered, question.tags());
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }

    private static SplittableRandom random(long accountId, String quizUuid, int number, String what) {
        String seed = accountId + "/" + quizUuid + "/" + number + "/" + what;
        return new SplittableRandom(UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits());
    }
}
