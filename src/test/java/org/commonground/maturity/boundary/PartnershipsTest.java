package org.commonground.maturity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.commonground.content.entity.WorksheetPart;
import org.commonground.maturity.entity.Partner;
import org.junit.jupiter.api.Test;

class PartnershipsTest {

    @Test
    void aWorksheetChoiceBecomesALevelAndAnythingElseNone() {
        assertThat(Partnerships.level("Cooperate")).isEqualTo(Partner.Level.COOPERATE);
        assertThat(Partnerships.level(" collaborate ")).isEqualTo(Partner.Level.COLLABORATE);
        assertThat(Partnerships.level("")).isNull();
        assertThat(Partnerships.level(null)).isNull();
        assertThat(Partnerships.level("Best friends")).isNull();
    }

    @Test
    void onlyATableWithPartnerAndLevelColumnsDescribesPartners() {
        WorksheetPart.Column partner = new WorksheetPart.Column("partner", "Partner", false, List.of());
        WorksheetPart.Column level = new WorksheetPart.Column("level_today", "Level today", true, List.of("Network"));
        WorksheetPart.Column other = new WorksheetPart.Column("why", "Why", false, List.of());
        assertThat(table(partner, level).describesPartners()).isTrue();
        assertThat(table(partner, other).describesPartners()).isFalse();
        assertThat(table(other, level).describesPartners()).isFalse();
    }

    private static WorksheetPart.Table table(WorksheetPart.Column... columns) {
        return new WorksheetPart.Table("t", "Table", "", List.of(columns), List.<Map<String, String>>of(), true);
    }
}
