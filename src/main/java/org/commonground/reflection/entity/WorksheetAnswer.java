package org.commonground.reflection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonground.platform.entity.VersionedEntity;

/**
 * The answer to one part of a worksheet (its text, the tags picked, a table's rows
 * or the items ticked, as JSON). Its version tells a save made from an older copy
 * (another tab) from one made from the latest, so nothing is silently overwritten.
 */
@Entity
@Table(name = "worksheet_answer")
public class WorksheetAnswer extends VersionedEntity {

    public static final int MAX_LENGTH = 20_000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "response_id")
    private WorksheetResponse response;

    @Column(name = "part_uuid", nullable = false, length = 36)
    private String partUuid;

    @Column(name = "content", nullable = false, length = MAX_LENGTH)
    private String content;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected WorksheetAnswer() {
    }

    public WorksheetAnswer(WorksheetResponse response, String partUuid, String content, Instant savedAt) {
        this.response = Objects.requireNonNull(response);
        this.partUuid = Objects.requireNonNull(partUuid);
        replace(content, savedAt);
    }

    public final void replace(String newContent, Instant at) {
        if (newContent.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("answer too long");
        }
        this.content = newContent;
        this.savedAt = at;
    }

    public WorksheetResponse getResponse() {
        return response;
    }

    public String getPartUuid() {
        return partUuid;
    }

    public String getContent() {
        return content;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
