package org.commonground.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void loadsTheHundredThousandCommonPasswords() {
        // 100,000 entries; fewer once folded to lower case.
        assertThat(policy.size()).isBetween(90_000, 100_000);
    }

    @Test
    void refusesFewerThanEightCharacters() {
        assertThat(policy.problem("seven77")).hasValue("identity.password.tooShort");
        assertThat(policy.problem(null)).hasValue("identity.password.tooShort");
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(policy.problem("ŵêlsh-çåfé")).isEmpty();
    }

    @Test
    void acceptsLongPassphrasesWithoutCompositionRules() {
        assertThat(policy.problem("a walk in the park")).isEmpty();
        assertThat(policy.problem("x".repeat(40) + " long passphrase of sixty-four char")).isEmpty();
        assertThat(policy.problem("all lower case words here")).isEmpty();
    }

    @Test
    void refusesMoreThanTwoHundredFiftySixCharacters() {
        assertThat(policy.problem("y".repeat(257))).hasValue("identity.password.tooLong");
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(policy.problem("password")).hasValue("identity.password.common");
        assertThat(policy.problem("PassWord1")).hasValue("identity.password.common");
        assertThat(policy.problem("12345678")).hasValue("identity.password.common");
        assertThat(policy.problem("qwertyuiop")).hasValue("identity.password.common");
    }
}
