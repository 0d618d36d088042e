package org.commonground.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonground.content.control.MarkdownRenderer;
import org.commonground.content.entity.ModuleUnit;
import org.commonground.learning.boundary.Journey;
import org.omnifaces.cdi.Param;

/** A module's page: what it covers, why its stage, the outcomes, and its units with the learner's progress. */
@Named
@RequestScoped
public class ModuleBacking {

    @Inject
    Journey journey;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    @Param(name = "m")
    String moduleUuid;

    @Inject
    org.commonground.reflection.boundary.FollowUps followUps;

    private Journey.Opened opened;
    private java.util.Optional<org.commonground.reflection.boundary.FollowUps.Pending> followUp;

    public void load() {
        getOpened();
    }

    public Journey.Opened getOpened() {
        if (opened == null) {
            opened = journey.module(moduleUuid);
        }
        return opened;
    }

    /** The unit to start or continue with: the last one visited, or the first not complete. */
    public ModuleUnit getNext() {
        Journey.Opened o = getOpened();
        if (o.progress() != null && o.progress().getLastUnitUuid() != null && !o.progress().isCompleted()) {
            var last = o.definition().unit(o.progress().getLastUnitUuid());
            if (last.isPresent() && !o.isComplete(last.get().unit().uuid())) {
                return last.get();
            }
        }
        return o.definition().units().stream().filter(u -> !o.isComplete(u.unit().uuid())).findFirst()
                .orElse(o.definition().units().get(0));
    }

    public String status(ModuleUnit unit) {
        Journey.Opened o = getOpened();
        if (o.isComplete(unit.unit().uuid())) {
            return "Complete";
        }
        return o.isRead(unit.unit().uuid()) ? "Started" : "Not started";
    }

    /** The practice follow-up waiting for the learner's answer on this module, if any. */
    public java.util.Optional<org.commonground.reflection.boundary.FollowUps.Pending> getFollowUp() {
        if (followUp == null) {
            followUp = followUps.pending(getOpened().definition(),
                    getOpened().stored() == null ? null : getOpened().stored().getCompletedAt());
        }
        return followUp;
    }

    public String getModuleUuid() {
        return moduleUuid;
    }
}
