package org.commonground.authoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.authoring.entity.DraftStatus;
import org.commonground.authoring.entity.ModuleDraft;
import org.commonground.content.boundary.Modules;
import org.commonground.content.control.ModuleFile;
import org.commonground.content.entity.LearningModule;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.identity.boundary.Caller;
import org.commonground.identity.entity.Account;

/** The trainers' list of modules: state, version, stage, last editor and when. */
@ApplicationScoped
public class Catalogue {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Modules modules;

    @Inject
    Drafts drafts;

    /** One module as trainers see it in the list. */
    public record Row(String uuid, String title, String state, Integer version, String stage, String editor, Instant editedAt) {
    }

    public List<Row> rows() {
        caller.requireTrainer();
        Map<String, ModuleVersion> published = new HashMap<>();
        modules.published().forEach(v -> published.put(v.getModule().getUuid(), v));
        Map<String, ModuleDraft> open = new HashMap<>();
        drafts.openDrafts().forEach(d -> open.put(d.getModule().getUuid(), d));
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select a.id, a.displayName from Account a where a.id in (select d.updatedBy from ModuleDraft d"
                + " where d.status in :open) or a.id in (select v.createdBy from ModuleVersion v)", Object[].class)
                .setParameter("open", Drafts.OPEN).getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        List<Row> rows = new ArrayList<>();
        for (LearningModule module : modules.all()) {
            ModuleVersion version = published.get(module.getUuid());
            ModuleDraft draft = open.get(module.getUuid());
            if (draft != null) {
                ModuleFile file = drafts.opened(draft).module();
                String title = file.title();
                String stage = file.stage();
                rows.add(new Row(module.getUuid(), title.isBlank() ? module.getFolder() : title,
                        draft.getStatus() == DraftStatus.IN_REVIEW ? "In review" : "Draft", module.getCurrentVersion(),
                        stage, names.getOrDefault(draft.getUpdatedBy(), ""), draft.getUpdatedAt()));
            } else if (version != null) {
                rows.add(new Row(module.getUuid(), version.getTitle(), "Published", version.getNumber(),
                        version.getStage().name(), version.getCreatedBy() == null ? "Content files"
                                : names.getOrDefault(version.getCreatedBy(), ""), version.getPublishedAt()));
            }
        }
        rows.sort(Comparator.comparing(Row::title, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }
}
