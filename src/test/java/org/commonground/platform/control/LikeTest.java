package org.commonground.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void wildcardsInTheSearchMeanThemselves() {
        assertThat(Like.containing(" 50%_Off! ")).isEqualTo("%50!%!_off!!%");
        assertThat(Like.containing(null)).isEqualTo("%%");
    }
}
