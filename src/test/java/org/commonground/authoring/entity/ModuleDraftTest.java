package org.commonground.authoring.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.commonground.content.entity.LearningModule;
import org.junit.jupiter.api.Test;

/** A draft is open while written and reviewed, and closed for good once published or discarded. */
class ModuleDraftTest {

    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    private final ModuleDraft draft = new ModuleDraft(new LearningModule("m", "folder", T0), 3, 7, T0);

    @Test
    void aNewDraftIsOpenAndRemembersWhoStartedItAndTheVersionItCameFrom() {
        assertThat(draft.getStatus()).isEqualTo(DraftStatus.DRAFT);
        assertThat(draft.getStatus().isOpen()).isTrue();
        assertThat(draft.getBasedOn()).isEqualTo(3);
        assertThat(draft.getUpdatedBy()).isEqualTo(7);
    }

    @Test
    void sendingForReviewKeepsItOpenAndRecordsTheLastEditor() {
        draft.sentForReview(8, T0.plusSeconds(60));

        assertThat(draft.getStatus()).isEqualTo(DraftStatus.IN_REVIEW);
        assertThat(draft.getStatus().isOpen()).isTrue();
        assertThat(draft.getUpdatedBy()).isEqualTo(8);
        assertThat(draft.getUpdatedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aPublishedDraftRemembersItsVersionAndTakesNoMoreEdits() {
        draft.published(4, 7, T0.plusSeconds(120));

        assertThat(draft.getStatus()).isEqualTo(DraftStatus.PUBLISHED);
        assertThat(draft.getPublishedAs()).isEqualTo(4);
        assertThatThrownBy(() -> draft.edited(7, T0.plusSeconds(180))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> draft.discarded(7, T0.plusSeconds(180))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDiscardedDraftCannotBePublished() {
        draft.discarded(7, T0.plusSeconds(60));

        assertThat(draft.getStatus().isOpen()).isFalse();
        assertThatThrownBy(() -> draft.published(4, 7, T0.plusSeconds(120))).isInstanceOf(IllegalStateException.class);
    }
}
