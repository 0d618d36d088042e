package org.commonground.lti.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreSenderTest {

    @Test
    void scoresGoToTheLineItemsScoresAddressBeforeItsQuery() {
        assertThat(ScoreSender.scoresUri("https://lms.test/mod/lti/services.php/2/lineitems/7/lineitem?type_id=1"))
                .hasToString("https://lms.test/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=1");
        assertThat(ScoreSender.scoresUri("https://lms.test/li/7/")).hasToString("https://lms.test/li/7/scores");
    }

    @Test
    void aScoreIsWrittenAsAgsAsksWithAMillisecondTimestamp() throws Exception {
        Map<String, Object> body = JSONObjectUtils.parse(ScoreSender.body(new ScoreSender.Score(1, "t", "c", "li", "user-9",
                87.5, 100, "Completed", "FullyGraded", Instant.parse("2026-12-03T10:15:30.123456Z"))));
        assertThat(body).containsEntry("userId", "user-9").containsEntry("scoreGiven", 87.5)
                .containsEntry("scoreMaximum", 100.0).containsEntry("activityProgress", "Completed")
                .containsEntry("gradingProgress", "FullyGraded").containsEntry("timestamp", "2026-12-03T10:15:30.123Z");
    }
}
