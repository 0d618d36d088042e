package org.commonground.reflection.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.content.entity.WorksheetPart;
import org.junit.jupiter.api.Test;

class AnswerCodecTest {

    private final WorksheetPart.Prompt prompt = new WorksheetPart.Prompt("p", "What?", "", List.of("cost", "language"));
    private final WorksheetPart.Table table = new WorksheetPart.Table("t", "Partners", "", List.of(
            new WorksheetPart.Column("partner", "Partner", false, List.of()),
            new WorksheetPart.Column("level", "Level", true, List.of("Network", "Collaborate"))), List.of(), true);
    private final WorksheetPart.Checklist checklist = new WorksheetPart.Checklist("c", "Before",
            List.of(new WorksheetPart.Item("a", "A"), new WorksheetPart.Item("b", "B")));

    @Test
    void aPromptKeepsItsTextAndOnlyKnownTags() {
        String json = AnswerCodec.encode(prompt, new AnswerCodec.Answer("Line one\n\"quoted\" <b>", Set.of("cost", "made-up"), List.of(), Set.of()));
        AnswerCodec.Answer back = AnswerCodec.decode(json);
        assertThat(back.text()).isEqualTo("Line one\n\"quoted\" <b>");
        assertThat(back.tags()).containsExactly("cost");
    }

    @Test
    void aTableKeepsItsColumnsAndRefusesUnknownChoices() {
        String json = AnswerCodec.encode(table, new AnswerCodec.Answer("", Set.of(), List.of(
                Map.of("partner", "Day centre", "level", "Collaborate", "extra", "x"),
                Map.of("partner", "Food bank", "level", "Best friends")), Set.of()));
        AnswerCodec.Answer back = AnswerCodec.decode(json);
        assertThat(back.rows()).containsExactly(Map.of("partner", "Day centre", "level", "Collaborate"),
                Map.of("partner", "Food bank", "level", ""));
    }

    @Test
    void aChecklistKeepsOnlyItsItems() {
        AnswerCodec.Answer back = AnswerCodec.decode(AnswerCodec.encode(checklist,
                new AnswerCodec.Answer("", Set.of(), List.of(), Set.of("b", "z"))));
        assertThat(back.checked()).containsExactly("b");
    }

    @Test
    void nothingStoredIsAnEmptyAnswer() {
        assertThat(AnswerCodec.decode(null).isEmpty()).isTrue();
        assertThat(AnswerCodec.decode("").isEmpty()).isTrue();
    }
}
