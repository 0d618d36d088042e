package org.commonground.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonground.organisation.boundary.OrganisationPeople;
import org.commonground.organisation.control.PeopleCsv;
import org.commonground.organisation.entity.Organisation;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;

/**
 * Adding people from a CSV file: check shows what each row would do and saves nothing; save
 * takes the same text back (carried in the page, checked again) and saves the rows that have no problem.
 */
@Named
@RequestScoped
public class PeopleImportBacking {

    static final int MAX_BYTES = 1024 * 1024;

    @Inject
    OrganisationOfPage page;

    @Inject
    OrganisationPeople people;

    private transient Part file;
    private String pasted;
    private String csv;
    private List<PeopleCsv.Row> rows;

    public void load() {
        getOrganisation();
    }

    public Organisation getOrganisation() {
        return page.get();
    }

    public void check() {
        String text = read();
        if (text == null) {
            return;
        }
        if (text.isBlank()) {
            Messages.error("upload:file", "organisation.import.empty");
            return;
        }
        csv = text;
        rows = people.preview(getOrganisation(), csv);
    }

    public void save() {
        try {
            rows = people.preview(getOrganisation(), csv);
            if (rows.stream().noneMatch(PeopleCsv.Row::ok)) {
                Messages.error(null, "organisation.import.nothing");
                return;
            }
            OrganisationPeople.Saved saved = people.save(getOrganisation(), csv);
            Messages.info("organisation.import.saved", saved.placed(), saved.invited(), saved.skipped());
            Redirect.to("/organisation/people.xhtml?org=" + getOrg());
        } catch (BusinessException problem) {
            Messages.error(null, problem);
        }
    }

    private String read() {
        if (file == null || file.getSize() == 0) {
            return pasted == null ? "" : pasted;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                Messages.error("upload:file", "organisation.import.tooLarge");
                return null;
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The report and its save form show after a check, and stay in the component tree when the save form
     * posts back (or its button would not be found and nothing would be saved).
     */
    public boolean isReport() {
        return rows != null && !rows.isEmpty() || FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().containsKey("save:csv");
    }

    public long getReady() {
        return rows == null ? 0 : rows.stream().filter(PeopleCsv.Row::ok).count();
    }

    public String getOrg() {
        return page.uuid();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }

    public String getCsv() {
        return csv;
    }

    public void setCsv(String csv) {
        this.csv = csv;
    }

    public List<PeopleCsv.Row> getRows() {
        return rows;
    }
}
