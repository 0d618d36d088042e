package org.commonground.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;
import org.commonground.reporting.boundary.PersonRecord;
import org.omnifaces.cdi.Param;

/** On a person's page: a manager records (or lifts) an exemption for training done elsewhere, or allows more quiz attempts. */
@Named
@RequestScoped
public class ExemptionBacking {

    @Inject
    PersonRecord personRecord;

    @Inject
    @Param(name = "membership")
    String membership;

    private String module;
    private String until;
    private String reason;

    public void exempt() {
        try {
            LocalDate date = until == null || until.isBlank() ? null : LocalDate.parse(until.strip());
            if (date == null) {
                throw BusinessException.onField("exemptUntil", "progress.exempt.until");
            }
            personRecord.exempt(id(), module, date, reason);
            Messages.info("progress.exempt.saved");
            Redirect.to("/organisation/person.xhtml?membership=" + id());
        } catch (DateTimeParseException e) {
            Messages.error("exempt:exemptUntil", "progress.exempt.until");
        } catch (BusinessException problem) {
            Messages.error("exempt", problem);
        }
    }

    public void lift(String moduleUuid) {
        personRecord.exempt(id(), moduleUuid, null, null);
        Messages.info("progress.exempt.lifted");
        Redirect.to("/organisation/person.xhtml?membership=" + id());
    }

    /** Allows the person more attempts at a module's quizzes after they used every allowed one. */
    public void allowMoreAttempts(String moduleUuid) {
        personRecord.allowMoreAttempts(id(), moduleUuid);
        Messages.info("assessment.quiz.allowed");
        Redirect.to("/organisation/person.xhtml?membership=" + id());
    }

    private long id() {
        try {
            return Long.parseLong(membership == null ? "" : membership);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
