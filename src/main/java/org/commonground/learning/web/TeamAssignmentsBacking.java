package org.commonground.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.commonground.content.boundary.Modules;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.learning.boundary.Assignments;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Dates;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;
import org.omnifaces.cdi.Param;

/** On a team's page: what the team has been assigned, and assigning a module to the team or to one member. */
@Named
@RequestScoped
public class TeamAssignmentsBacking {

    @Inject
    Assignments assignments;

    @Inject
    Modules modules;

    @Inject
    @Param(name = "team")
    String team;

    private String module;
    private String assignee = "";
    private String due;
    private String renewal;
    private List<Assignments.Listed> listed;

    public List<Assignments.Listed> getAssignments() {
        if (listed == null) {
            listed = assignments.forTeam(team);
        }
        return listed;
    }

    public List<ModuleVersion> getModules() {
        return modules.published();
    }

    public void assign() {
        try {
            LocalDate dueOn = due == null || due.isBlank() ? null : Dates.parseDay(due);
            Integer months = renewal == null || renewal.isBlank() ? null : Integer.valueOf(renewal.trim());
            if (assignee == null || assignee.isBlank()) {
                assignments.assignToTeam(team, module, dueOn, months);
            } else {
                assignments.assignToPerson(Long.parseLong(assignee), module, dueOn, months);
            }
            Messages.info("learning.assign.done");
            Redirect.to("/organisation/team.xhtml?team=" + team);
        } catch (DateTimeParseException e) {
            Messages.error("assign:due", "learning.assign.due");
        } catch (NumberFormatException e) {
            Messages.error("assign:renewal", "learning.assign.renewal");
        } catch (BusinessException problem) {
            Messages.error("assign", problem);
        }
    }

    public void withdraw(long assignmentId) {
        assignments.withdraw(assignmentId, team);
        Messages.info("learning.assign.withdrawn");
        Redirect.to("/organisation/team.xhtml?team=" + team);
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = due;
    }

    public String getRenewal() {
        return renewal;
    }

    public void setRenewal(String renewal) {
        this.renewal = renewal;
    }
}
