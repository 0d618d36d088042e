package org.commonground.record.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonground.record.boundary.Erasures;
import org.commonground.record.boundary.LearnerRecord;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;

/** "My record": completions, certificates and downloads; and the learner's data rights. */
@Named
@RequestScoped
public class RecordBacking {

    @Inject
    LearnerRecord record;

    @Inject
    Erasures erasures;

    private List<LearnerRecord.Entry> entries;

    public List<LearnerRecord.Entry> getEntries() {
        if (entries == null) {
            entries = record.mine();
        }
        return entries;
    }

    public boolean isErasureRequested() {
        return erasures.requested();
    }

    public void requestErasure() {
        erasures.request();
        Messages.info("record.erasure.requested");
        Redirect.to("/learn/record.xhtml#data");
    }

    public void withdrawErasure() {
        erasures.withdraw();
        Messages.info("record.erasure.withdrawn");
        Redirect.to("/learn/record.xhtml#data");
    }
}
