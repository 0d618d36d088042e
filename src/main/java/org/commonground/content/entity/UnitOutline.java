package org.commonground.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A unit's place in a module version, kept in columns so reports can count units in the database. */
@Embeddable
public class UnitOutline {

    @Column(name = "unit_uuid", nullable = false, length = 36)
    private String unitUuid;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "complete_when", nullable = false, length = 30)
    private CompletionRule completeWhen;

    protected UnitOutline() {
    }

    public UnitOutline(String unitUuid, String title, CompletionRule completeWhen) {
        this.unitUuid = unitUuid;
        this.title = title.length() > 200 ? title.substring(0, 200) : title;
        this.completeWhen = completeWhen;
    }

    public String getUnitUuid() {
        return unitUuid;
    }

    public String getTitle() {
        return title;
    }

    public CompletionRule getCompleteWhen() {
        return completeWhen;
    }
}
