package org.commonground.assessment.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.QuestionType;
import org.commonground.platform.boundary.BusinessException;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {

    private static AnswerOption option(String key, boolean correct) {
        return new AnswerOption(key, "statement " + key, correct, "because", 1);
    }

    private final Question multi = new Question("q1", QuestionType.MULTI, "Select every true statement", "why",
            List.of(option("a", true), option("b", true), option("c", false)));

    @Test
    void sharesArePercentWithOneDecimalRoundedHalfUp() {
        assertThat(ItemAnalysis.percent(1, 3)).isEqualTo(33.3);
        assertThat(ItemAnalysis.percent(2, 3)).isEqualTo(66.7);
        assertThat(ItemAnalysis.percent(1, 16)).isEqualTo(6.3);
        assertThat(ItemAnalysis.percent(5, 5)).isEqualTo(100.0);
        assertThat(ItemAnalysis.percent(0, 7)).isZero();
    }

    @Test
    void aShareOfNoAttemptsIsZero() {
        assertThat(ItemAnalysis.percent(0, 0)).isZero();
    }

    @Test
    void fewerThanTheMinimumOfLearnersShowsNoCountsAtAll() {
        ItemAnalysis.Tally tally = new ItemAnalysis.Tally(40, ItemAnalysis.MINIMUM_LEARNERS - 1, 12, Map.of("a", 30L, "c", 9L));

        ItemAnalysis.Item item = ItemAnalysis.item(multi, tally);

        assertThat(item.shown()).isFalse();
        assertThat(item.attempts()).isZero();
        assertThat(item.learners()).isZero();
        assertThat(item.fullyCorrect()).isZero();
        assertThat(item.percentCorrect()).isZero();
        assertThat(item.choices()).isEmpty();
        assertThat(item.text()).isEqualTo("Select every true statement");
    }

    @Test
    void fourLearnersAreTooFewAndFiveAreEnough() {
        assertThat(ItemAnalysis.item(multi, new ItemAnalysis.Tally(9, 4, 1, Map.of("a", 9L))).shown()).isFalse();
        assertThat(ItemAnalysis.item(multi, new ItemAnalysis.Tally(9, 5, 1, Map.of("a", 9L))).shown()).isTrue();
    }

    @Test
    void aQuestionNobodyAnsweredIsNotShown() {
        assertThat(ItemAnalysis.item(multi, null).shown()).isFalse();
    }

    @Test
    void fromTheMinimumOfLearnersEachOptionShowsItsCountAndShareOfAttempts() {
        ItemAnalysis.Tally tally = new ItemAnalysis.Tally(8, ItemAnalysis.MINIMUM_LEARNERS, 3,
                Map.of("a", 6L, "c", 1L, "removed", 4L));

        ItemAnalysis.Item item = ItemAnalysis.item(multi, tally);

        assertThat(item.shown()).isTrue();
        assertThat(item.attempts()).isEqualTo(8);
        assertThat(item.learners()).isEqualTo(5);
        assertThat(item.fullyCorrect()).isEqualTo(3);
        assertThat(item.percentCorrect()).isEqualTo(37.5);
        assertThat(item.choices()).extracting(ItemAnalysis.Choice::key).as("the question's options, in order, and only those")
                .containsExactly("a", "b", "c");
        assertThat(item.choices()).extracting(ItemAnalysis.Choice::chosen).containsExactly(6L, 0L, 1L);
        assertThat(item.choices()).extracting(ItemAnalysis.Choice::percent).containsExactly(75.0, 0.0, 12.5);
        assertThat(item.choices()).extracting(ItemAnalysis.Choice::correct).containsExactly(true, true, false);
    }

    @Test
    void aPeriodEndsOnOrAfterItStarts() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        assertThat(new ItemAnalysis.Period(day, day).to()).isEqualTo(day);
        assertThatThrownBy(() -> new ItemAnalysis.Period(day, day.minusDays(1))).isInstanceOf(BusinessException.class);
    }

    @Test
    void optionsAppearInQueriesAsQuestionSlashKey() {
        assertThat(ItemAnalysis.pair("9a1b7567-d6bf-4816-a1c6-b9035e1641f0", "true"))
                .isEqualTo("9a1b7567-d6bf-4816-a1c6-b9035e1641f0/true");
    }

    /** Six attempts scoring 100, 25, 50, 50, 50 and 50: their count, sum and sum of squares. */
    private static final long N = 6;
    private static final double SUM = 325;
    private static final double SQUARES = 100 * 100 + 25 * 25 + 4 * 50 * 50;

    @Test
    void discriminationIsThePointBiserialCorrelationOfTheGroupWithTheScore() {
        assertThat(ItemAnalysis.discrimination(N, SUM, SQUARES, 2, 150)).as("the 100 and a 50").isEqualTo(0.66);
        assertThat(ItemAnalysis.discrimination(N, SUM, SQUARES, 3, 150)).as("three of the 50s").isEqualTo(-0.19);
        assertThat(ItemAnalysis.discrimination(N, SUM, SQUARES, 4, 250)).isEqualTo(0.53);
        assertThat(ItemAnalysis.discrimination(N, SUM, SQUARES, 2, 75)).as("the rest of the last group").isEqualTo(-0.53);
        assertThat(ItemAnalysis.discrimination(N, SUM, SQUARES, 1, 100)).as("the top scorer alone").isEqualTo(0.91);
    }

    @Test
    void discriminationCannotBeToldForAnEmptyOrWholeGroupOrScoresAllTheSame() {
        assertThat(ItemAnalysis.discrimination(N, SUM, SQUARES, 0, 0)).isNull();
        assertThat(ItemAnalysis.discrimination(N, SUM, SQUARES, 6, SUM)).isNull();
        assertThat(ItemAnalysis.discrimination(5, 250, 5 * 50 * 50, 2, 100)).isNull();
    }

    @Test
    void eachQuestionAndOptionShowsItsDiscriminationFromTheSummedScores() {
        ItemAnalysis.Tally tally = new ItemAnalysis.Tally(N, 5, 2, Map.of("a", 4L, "b", 4L, "c", 3L), SUM, SQUARES, 150,
                Map.of("a", 225.0, "b", 250.0, "c", 150.0));

        ItemAnalysis.Item item = ItemAnalysis.item(multi, tally);

        assertThat(item.discrimination()).isEqualTo(0.66);
        assertThat(item.choices()).extracting(ItemAnalysis.Choice::discrimination).containsExactly(0.13, 0.53, -0.19);
        assertThat(ItemAnalysis.item(multi, new ItemAnalysis.Tally(N, 4, 2, Map.of(), SUM, SQUARES, 150, Map.of()))
                .discrimination()).as("hidden below the minimum of learners").isNull();
    }
}
