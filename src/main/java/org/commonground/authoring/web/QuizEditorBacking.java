package org.commonground.authoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonground.authoring.control.Skeletons;
import org.commonground.content.control.ContentWriter;
import org.commonground.content.control.Gift;
import org.commonground.content.control.MoodleXml;
import org.commonground.content.control.QuestionBank;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.QuestionType;
import org.commonground.content.entity.Quiz;
import org.commonground.content.entity.QuizRules;

/**
 * Edits a quiz of a draft: questions with their type, options, correct ones, credit
 * weights, feedback per option and explanation. Option keys stay as they were, since
 * learners' answers are kept against them; new options get the next free letter.
 */
@Named
@ViewScoped
public class QuizEditorBacking extends ItemEditor {

    private static final long serialVersionUID = 1L;

    private String uuid;
    private String title;
    private Integer passMark;
    private Quiz.AttemptRule counts;
    private List<QuestionForm> questions = new ArrayList<>();
    private QuizRules.Review afterFail = QuizRules.DEFAULT.afterFail();
    private QuizRules.Review afterLast = QuizRules.DEFAULT.afterLast();
    private QuizRules.Review afterPass = QuizRules.DEFAULT.afterPass();
    private Integer maxAttempts;
    private Integer waitHours;
    private boolean shuffle = true;
    private Integer draw;
    private String drawTag;
    private transient jakarta.servlet.http.Part bankFile;
    private List<QuestionForm> pending = new ArrayList<>();
    private List<String> report = new ArrayList<>();
    private static final int MAX_BANK_BYTES = 5 * 1024 * 1024;
    private int current;

    /** A question as the list to move between them shows it: its number (from 1), a short text, and whether it has problems. */
    public record Entry(int index, int number, String shortText, boolean current, boolean problems) {
    }

    /** A question as the form holds it. */
    public static class QuestionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String uuid = Skeletons.uuid();
        private QuestionType type = QuestionType.SINGLE;
        private String text;
        private String explanation;
        private String tags;
        private List<OptionForm> options = new ArrayList<>();

        public QuestionType getType() { return type; }
        public void setType(QuestionType type) { this.type = type; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getExplanation() { return explanation; }
        public void setExplanation(String explanation) { this.explanation = explanation; }
        public String getTags() { return tags; }
        public void setTags(String tags) { this.tags = tags; }
        public List<OptionForm> getOptions() { return options; }

        void addOption() {
            Set<String> used = new HashSet<>();
            options.forEach(o -> used.add(o.key));
            String key = "a";
            for (char c = 'a'; used.contains(key); c++) {
                key = String.valueOf((char) (c + 1));
            }
            OptionForm option = new OptionForm();
            option.key = key;
            options.add(option);
        }

        Question toQuestion() {
            List<AnswerOption> written = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                OptionForm o = options.get(i);
                String key = type == QuestionType.TRUE_FALSE && options.size() == 2 ? (i == 0 ? "true" : "false") : o.key;
                written.add(new AnswerOption(key, strip(o.text), o.correct, strip(o.feedback),
                        o.weight == null ? 1 : o.weight, o.pinned));
            }
            List<String> tagList = tags == null ? List.of() : java.util.Arrays.stream(tags.split(","))
                    .map(String::strip).filter(t -> !t.isEmpty()).toList();
            return new Question(uuid, type == null ? QuestionType.SINGLE : type, strip(text), strip(explanation), written, tagList);
        }
    }

    /** An option as the form holds it. */
    public static class OptionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String key;
        private String text;
        private boolean correct;
        private Double weight = 1.0;
        private String feedback;
        private boolean pinned;

        public boolean isPinned() { return pinned; }
        public void setPinned(boolean pinned) { this.pinned = pinned; }
        public String getKey() { return key; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public boolean isCorrect() { return correct; }
        public void setCorrect(boolean correct) { this.correct = correct; }
        public Double getWeight() { return weight; }
        public void setWeight(Double weight) { this.weight = weight; }
        public String getFeedback() { return feedback; }
        public void setFeedback(String feedback) { this.feedback = feedback; }
    }

    @Override
    protected void read(Object item) {
        Quiz quiz = (Quiz) item;
        uuid = quiz.uuid();
        title = quiz.title();
        passMark = quiz.passMark();
        counts = quiz.counts();
        QuizRules rules = quiz.rules();
        afterFail = rules.afterFail();
        afterLast = rules.afterLast();
        afterPass = rules.afterPass();
        maxAttempts = rules.maxAttempts();
        waitHours = rules.waitHours();
        shuffle = rules.shuffle();
        draw = rules.draw();
        drawTag = rules.drawTag();
        questions = new ArrayList<>(quiz.questions().stream().map(QuizEditorBacking::form).toList());
    }

    private static QuestionForm form(Question q) {
        QuestionForm form = new QuestionForm();
        form.uuid = q.uuid();
        form.type = q.type();
        form.text = q.text();
        form.explanation = q.explanation();
        form.tags = String.join(", ", q.tags());
        for (AnswerOption o : q.options()) {
            OptionForm option = new OptionForm();
            option.key = o.key();
            option.text = o.text();
            option.correct = o.correct();
            option.weight = o.weight();
            option.feedback = o.feedback();
            option.pinned = o.pinned();
            form.options.add(option);
        }
        return form;
    }

    /**
     * Reads a GIFT or Moodle XML file into questions waiting to be added, with a report of
     * what could not be imported and why. Nothing changes in the quiz until the trainer
     * adds them, and nothing is saved until the trainer saves the quiz.
     */
    public void readBank() {
        pending = new ArrayList<>();
        report = new ArrayList<>();
        if (bankFile == null || bankFile.getSize() == 0) {
            report.add("Choose a GIFT (.gift or .txt) or Moodle XML (.xml) file first.");
            return;
        }
        try (java.io.InputStream in = bankFile.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BANK_BYTES + 1);
            String name = bankFile.getSubmittedFileName() == null ? "questions" : bankFile.getSubmittedFileName();
            if (bytes.length > MAX_BANK_BYTES) {
                report.add(name + ": larger than 5 MB; split the bank into smaller files.");
                return;
            }
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            QuestionBank.Imported imported = text.stripLeading().replace("\uFEFF", "").startsWith("<")
                    ? MoodleXml.read(name, bytes, uuid) : Gift.read(name, text, uuid);
            java.util.Set<String> have = new HashSet<>();
            questions.forEach(q -> have.add(q.uuid));
            for (Question q : imported.questions()) {
                if (!have.add(q.uuid())) {
                    report.add("Question '" + QuestionBank.shortName(null, q.text()) + "' is in the quiz already (same uuid): left out.");
                } else {
                    pending.add(form(q));
                }
            }
            imported.skipped().forEach(p -> report.add("Not imported: " + p));
            report.addAll(imported.notes());
        } catch (java.io.IOException e) {
            report.add("The file could not be read: " + e.getMessage());
        }
    }

    /** Adds the questions read from a bank to the quiz form (save the quiz to keep them). */
    public void addPending() {
        questions.addAll(pending);
        report = List.of(pending.size() + " questions added below. Save the quiz to keep them.");
        pending = new ArrayList<>();
    }

    public void dropPending() {
        pending = new ArrayList<>();
        report = new ArrayList<>();
    }

    /** Downloads the quiz as it stands in the form, as GIFT. */
    public void exportGift() throws java.io.IOException {
        export(Gift.write(getPreviewQuiz()), ".gift", "text/plain");
    }

    /** Downloads the quiz as it stands in the form, as Moodle XML. */
    public void exportMoodleXml() throws java.io.IOException {
        export(MoodleXml.write(getPreviewQuiz()), ".xml", "application/xml");
    }

    private void export(QuestionBank.Exported exported, String extension, String type) throws java.io.IOException {
        if (getPreviewQuiz() == null) {
            preview();
            return;
        }
        org.omnifaces.util.Faces.sendFile(exported.text().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "quiz-" + uuid + extension, true);
    }

    /** Every weight the export rounds to a grade Moodle allows, for the export report. */
    public List<String> getExportRoundings() {
        Quiz quiz = getPreviewQuiz();
        return quiz == null ? List.of() : Gift.write(quiz).roundings();
    }

    @Override
    protected String write() {
        return ContentWriter.quiz(new Quiz(uuid, strip(title), passMark == null ? -1 : passMark,
                counts == null ? Quiz.AttemptRule.BEST : counts, questions.stream().map(QuestionForm::toQuestion).toList(),
                new QuizRules(afterFail == null ? QuizRules.DEFAULT.afterFail() : afterFail,
                        afterLast == null ? QuizRules.DEFAULT.afterLast() : afterLast,
                        afterPass == null ? QuizRules.DEFAULT.afterPass() : afterPass, maxAttempts, waitHours, shuffle, draw,
                        strip(drawTag))));
    }

    @Override
    protected String formId() {
        return "quiz";
    }

    public void addQuestion() {
        QuestionForm form = new QuestionForm();
        form.addOption();
        form.addOption();
        questions.add(form);
        current = questions.size() - 1;
    }

    public void removeQuestion(int index) {
        questions.remove(index);
        current = Math.max(0, Math.min(current, questions.size() - 1));
    }

    /** Moves to another question; what was typed in the one shown stays in the form until the quiz is saved. */
    public void show(int index) {
        if (index >= 0 && index < questions.size()) {
            current = index;
        }
    }

    /** After a save or preview with problems, the first question with one is shown. */
    @Override
    protected void problemsFound(List<org.commonground.content.control.Problem> found) {
        for (int i = 0; i < questions.size(); i++) {
            if (hasProblems(found, i)) {
                current = i;
                return;
            }
        }
    }

    private static boolean hasProblems(List<org.commonground.content.control.Problem> found, int index) {
        String prefix = "questions[" + index + "]";
        return found.stream().anyMatch(p -> p.field().startsWith(prefix));
    }

    /** Every question for the list beside the one being edited. */
    public List<Entry> getEntries() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String text = strip(questions.get(i).text);
            String shortText = text.isEmpty() ? "(no text yet)" : text.length() > 60 ? text.substring(0, 57).strip() + "..." : text;
            entries.add(new Entry(i, i + 1, shortText, i == current, hasProblems(getProblems(), i)));
        }
        return entries;
    }

    public int getCurrent() {
        return current;
    }

    public void addOption(int question) {
        questions.get(question).addOption();
    }

    public void removeOption(int question, int option) {
        questions.get(question).options.remove(option);
    }

    public Quiz getPreviewQuiz() {
        return (Quiz) getPreviewItem();
    }

    public List<QuestionType> getTypes() {
        return List.of(QuestionType.values());
    }

    public List<Quiz.AttemptRule> getRules() {
        return List.of(Quiz.AttemptRule.values());
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Integer getPassMark() { return passMark; }
    public void setPassMark(Integer passMark) { this.passMark = passMark; }
    public Quiz.AttemptRule getCounts() { return counts; }
    public void setCounts(Quiz.AttemptRule counts) { this.counts = counts; }
    public List<QuestionForm> getQuestions() { return questions; }
    public jakarta.servlet.http.Part getBankFile() { return bankFile; }
    public void setBankFile(jakarta.servlet.http.Part bankFile) { this.bankFile = bankFile; }
    public List<QuestionForm> getPending() { return pending; }
    public List<String> getReport() { return report; }
    public QuizRules.Review getAfterFail() { return afterFail; }
    public void setAfterFail(QuizRules.Review afterFail) { this.afterFail = afterFail; }
    public QuizRules.Review getAfterLast() { return afterLast; }
    public void setAfterLast(QuizRules.Review afterLast) { this.afterLast = afterLast; }
    public QuizRules.Review getAfterPass() { return afterPass; }
    public void setAfterPass(QuizRules.Review afterPass) { this.afterPass = afterPass; }
    public Integer getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(Integer maxAttempts) { this.maxAttempts = maxAttempts; }
    public Integer getWaitHours() { return waitHours; }
    public void setWaitHours(Integer waitHours) { this.waitHours = waitHours; }
    public boolean isShuffle() { return shuffle; }
    public void setShuffle(boolean shuffle) { this.shuffle = shuffle; }
    public Integer getDraw() { return draw; }
    public void setDraw(Integer draw) { this.draw = draw; }
    public String getDrawTag() { return drawTag; }
    public void setDrawTag(String drawTag) { this.drawTag = drawTag; }
}
