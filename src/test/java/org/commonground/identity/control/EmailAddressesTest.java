package org.commonground.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"sam@example.org", "Sam.Okafor+nhs@trust.nhs.uk", " padded@example.org "})
    void acceptsOrdinaryAddresses(String email) {
        assertThat(EmailAddresses.isPlausible(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sam", "sam@", "@example.org", "sam@example", "sam @example.org", "a@b@c.org"})
    void refusesWhatCannotBeAnAddress(String email) {
        assertThat(EmailAddresses.isPlausible(email)).isFalse();
    }
}
