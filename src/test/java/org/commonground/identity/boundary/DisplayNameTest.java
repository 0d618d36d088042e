package org.commonground.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayNameTest {

    @Test
    void bidirectionalOverridesAndZeroWidthCharactersHideText() {
        assertThat(Accounts.hidesText("Sam\u202Eeno")).isTrue();
        assertThat(Accounts.hidesText("Sam\u2066x\u2069")).isTrue();
        assertThat(Accounts.hidesText("Sa\u200Bm")).isTrue();
        assertThat(Accounts.hidesText("\u200C")).isTrue();
        assertThat(Accounts.hidesText("\uFEFFSam")).isTrue();
        assertThat(Accounts.hidesText("Sam\tSmith")).isTrue();
    }

    @Test
    void ordinaryNamesInAnyScriptAreFine() {
        assertThat(Accounts.hidesText("Samira O'Neill-Kovač")).isFalse();
        assertThat(Accounts.hidesText("\u0645\u06CC\u200C\u0631\u0648\u0646")).as("a Persian name with a non-joiner").isFalse();
        assertThat(Accounts.hidesText("%")).isFalse();
    }
}
