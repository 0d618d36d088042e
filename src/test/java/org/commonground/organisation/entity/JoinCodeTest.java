package org.commonground.organisation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.commonground.organisation.control.JoinCodeGenerator;
import org.junit.jupiter.api.Test;

class JoinCodeTest {

    private final Instant now = Instant.parse("2026-03-01T09:00:00Z");
    private final Organisation organisation = new Organisation("o", "Riverside", now);

    private JoinCode code(int uses) {
        return new JoinCode("ABCD-EFGH-JKMN", organisation, null, null, now.plus(Duration.ofDays(7)), uses, now, null);
    }

    @Test
    void usableUntilItExpires() {
        JoinCode code = code(5);
        assertThat(code.refusalAt(now.plus(Duration.ofDays(6)))).isEmpty();
        assertThat(code.refusalAt(now.plus(Duration.ofDays(7)))).contains(JoinCode.Refusal.EXPIRED);
    }

    @Test
    void usableAsOftenAsItAllows() {
        JoinCode code = code(2);
        code.use(now);
        code.use(now);
        assertThat(code.refusalAt(now)).contains(JoinCode.Refusal.USED_UP);
        assertThatThrownBy(() -> code.use(now)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWithdrawnCodeIsRefused() {
        JoinCode code = code(5);
        code.revoke();
        assertThat(code.refusalAt(now)).contains(JoinCode.Refusal.REVOKED);
    }

    @Test
    void aTeamMustBelongToTheCodesOrganisation() {
        Team elsewhere = new Team("t", new Organisation("x", "Elsewhere", now), "Team", now);
        assertThatThrownBy(() -> new JoinCode("C", organisation, elsewhere, null, now.plusSeconds(60), 1, now, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatedCodesAreReadableAndTypedCodesAreNormalised() {
        String generated = JoinCodeGenerator.next();
        assertThat(generated).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        assertThat(JoinCodeGenerator.normalise(" abcd efgh-jkmn ")).isEqualTo("ABCD-EFGH-JKMN");
        assertThat(JoinCodeGenerator.normalise("riverside-demo")).isEqualTo("RIVERSIDE-DEMO");
    }
}
