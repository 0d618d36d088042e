package org.commonground.content.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.commonground.platform.entity.BaseEntity;

/**
 * One version of a module: the exact files it is made of (in the file format, so
 * browser and file content are one thing) and the columns reports need. Once
 * published a version never changes; learner records name the version they used.
 */
@Entity
@Table(name = "module_version")
@NamedQuery(name = ModuleVersion.BY_MODULE_AND_NUMBER,
        query = "select v from ModuleVersion v where v.module.uuid = :uuid and v.number = :number")
@NamedQuery(name = ModuleVersion.PUBLISHED_CURRENT,
        query = "select v from ModuleVersion v join v.module m where v.number = m.currentVersion order by v.stage, v.title")
@NamedQuery(name = ModuleVersion.LATEST_NUMBER,
        query = "select max(v.number) from ModuleVersion v where v.module = :module")
public class ModuleVersion extends BaseEntity {

    public static final String BY_MODULE_AND_NUMBER = "ModuleVersion.byModuleAndNumber";
    public static final String PUBLISHED_CURRENT = "ModuleVersion.publishedCurrent";
    public static final String LATEST_NUMBER = "ModuleVersion.latestNumber";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id")
    private LearningModule module;

    @Column(name = "number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ModuleStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private VersionSource source;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    private Stage stage;

    @Column(name = "unit_count", nullable = false)
    private int unitCount;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Column(name = "fingerprint", nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "material", nullable = false)
    private boolean material;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_by")
    private Long createdBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "module_version_file", joinColumns = @JoinColumn(name = "module_version_id"))
    @MapKeyColumn(name = "path", length = 300)
    @Column(name = "content", nullable = false, length = 500_000)
    private Map<String, String> files = new TreeMap<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "module_version_unit", joinColumns = @JoinColumn(name = "module_version_id"))
    @OrderColumn(name = "position")
    private List<UnitOutline> units = new ArrayList<>();

    protected ModuleVersion() {
    }

    public ModuleVersion(LearningModule module, int number, VersionSource source, ModuleDefinition definition,
            SortedMap<String, String> files, String fingerprint, Instant createdAt, Long createdBy) {
        this.module = Objects.requireNonNull(module);
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1");
        }
        this.number = number;
        this.source = Objects.requireNonNull(source);
        this.status = ModuleStatus.DRAFT;
        this.title = definition.title();
        this.stage = Objects.requireNonNull(definition.stage());
        this.unitCount = definition.units().size();
        this.minutes = definition.minutes();
        this.fingerprint = Objects.requireNonNull(fingerprint);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = createdBy;
        this.files.putAll(files);
        definition.units().forEach(u -> units.add(new UnitOutline(u.unit().uuid(), u.unit().title(), u.completeWhen())));
    }

    public void publish(Instant at, boolean materialChange) {
        if (status == ModuleStatus.PUBLISHED || status == ModuleStatus.SUPERSEDED) {
            throw new IllegalStateException("version " + number + " is already published");
        }
        this.status = ModuleStatus.PUBLISHED;
        this.publishedAt = at;
        this.material = materialChange;
    }

    public void supersede() {
        if (status == ModuleStatus.PUBLISHED) {
            this.status = ModuleStatus.SUPERSEDED;
        }
    }

    public LearningModule getModule() {
        return module;
    }

    public int getNumber() {
        return number;
    }

    public ModuleStatus getStatus() {
        return status;
    }

    public VersionSource getSource() {
        return source;
    }

    public String getTitle() {
        return title;
    }

    public Stage getStage() {
        return stage;
    }

    public int getUnitCount() {
        return unitCount;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public boolean isMaterial() {
        return material;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public SortedMap<String, String> files() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public List<UnitOutline> getUnits() {
        return Collections.unmodifiableList(units);
    }
}
