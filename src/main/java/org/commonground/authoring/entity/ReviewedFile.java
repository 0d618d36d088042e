package org.commonground.authoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.commonground.platform.entity.VersionedEntity;

/** One file of a draft as a reviewer signed it off: what they see the changes against next time. */
@Entity
@Table(name = "reviewed_file")
public class ReviewedFile extends VersionedEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private ReviewRequest request;

    @Column(name = "path", nullable = false, length = 300)
    private String path;

    @Column(name = "content", nullable = false, length = 500_000)
    private String content;

    protected ReviewedFile() {
    }

    public ReviewedFile(ReviewRequest request, String path, String content) {
        this.request = Objects.requireNonNull(request);
        this.path = Objects.requireNonNull(path);
        this.content = Objects.requireNonNull(content);
    }

    public String getPath() {
        return path;
    }

    public String getContent() {
        return content;
    }
}
