package org.commonground.authoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void aChangedLineIsShownTakenOutAndPutInWithItsNeighbours() {
        String before = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\n";
        String after = "one\ntwo\nthree\nFOUR\nfive\nsix\nseven\neight\n";
        List<TextDiff.Line> lines = TextDiff.of(before, after, 1);
        assertThat(lines).containsExactly(new TextDiff.Line(TextDiff.Kind.GAP, ""),
                new TextDiff.Line(TextDiff.Kind.SAME, "three"), new TextDiff.Line(TextDiff.Kind.REMOVED, "four"),
                new TextDiff.Line(TextDiff.Kind.ADDED, "FOUR"), new TextDiff.Line(TextDiff.Kind.SAME, "five"));
    }

    @Test
    void aNewFileIsAllPutInAndEqualTextsHaveNoChanges() {
        assertThat(TextDiff.of(null, "a\nb", 2)).extracting(TextDiff.Line::kind)
                .containsExactly(TextDiff.Kind.GAP, TextDiff.Kind.ADDED, TextDiff.Kind.ADDED);
        assertThat(TextDiff.of("same\r\ntext", "same\ntext", 2)).isEmpty();
    }
}
