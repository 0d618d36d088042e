package org.commonground.reflection.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadAccessTest {

    @Test
    void theAuthorAlwaysReadsTheirOwn() {
        assertThat(ReadAccess.mayRead(true, false, false, false, false)).isTrue();
    }

    @Test
    void aManagerReadsOnlyWhenSharedWithManagersAndTheyManageTheAuthor() {
        assertThat(ReadAccess.mayRead(false, true, false, false, false)).isFalse();
        assertThat(ReadAccess.mayRead(false, true, false, true, false)).isTrue();
        assertThat(ReadAccess.mayRead(false, false, false, true, false)).isFalse();
        assertThat(ReadAccess.mayRead(false, true, false, false, true)).isFalse();
    }

    @Test
    void aTrainerReadsOnlyWhenSharedWithTrainers() {
        assertThat(ReadAccess.mayRead(false, false, true, false, false)).isFalse();
        assertThat(ReadAccess.mayRead(false, false, true, true, false)).isFalse();
        assertThat(ReadAccess.mayRead(false, false, true, false, true)).isTrue();
    }

    @Test
    void nobodyElse() {
        assertThat(ReadAccess.mayRead(false, false, false, true, true)).isFalse();
    }
}
