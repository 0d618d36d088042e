package org.commonground.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.commonground.organisation.boundary.Organisations;
import org.commonground.organisation.entity.Organisation;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;

/** Administration: all organisations, and creating one. */
@Named
@RequestScoped
public class AdminOrganisationsBacking {

    @Inject
    Organisations organisations;

    @Inject
    ExternalContext external;

    private String name;
    private List<Organisations.Summary> all;

    public List<Organisations.Summary> getAll() {
        if (all == null) {
            all = organisations.all();
        }
        return all;
    }

    public void create() throws IOException {
        try {
            Organisation created = organisations.create(name);
            external.redirect(external.getRequestContextPath() + "/organisation/index.xhtml?org=" + created.getUuid());
        } catch (BusinessException problem) {
            Messages.error("create", problem);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
