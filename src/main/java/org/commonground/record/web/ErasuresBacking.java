package org.commonground.record.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;
import org.commonground.record.boundary.Erasures;

/** Administration: erasure requests waiting for confirmation. */
@Named
@RequestScoped
public class ErasuresBacking {

    @Inject
    Erasures erasures;

    public List<Erasures.Pending> getPending() {
        return erasures.pending();
    }

    public void confirm(long requestId) {
        try {
            erasures.confirm(requestId);
            Messages.info("record.erasure.done");
            Redirect.to("/admin/erasures.xhtml");
        } catch (BusinessException problem) {
            Messages.error(null, problem);
        }
    }
}
