package org.commonground.reflection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.commonground.content.boundary.Modules;
import org.commonground.content.entity.ModuleUnit;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.content.entity.Worksheet;
import org.commonground.content.entity.WorksheetPart;
import org.commonground.identity.boundary.Caller;
import org.commonground.reflection.boundary.WorksheetSubmitted;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;
import org.commonground.reflection.control.AnswerCodec;
import org.commonground.reflection.entity.WorksheetAnswer;
import org.commonground.reflection.entity.WorksheetResponse;

/**
 * A learner's own worksheets. Each part saves on its own (as the learner types, or
 * with the form), against the version of the answer the page was showing: a save
 * from an older copy is refused as a {@link SaveConflict}, never applied silently.
 * A save returns only after the database committed it.
 */
@ApplicationScoped
public class Worksheets {

    @PersistenceContext
    EntityManager em;

    @Inject
    Modules modules;

    @Inject
    Caller caller;

    @Inject
    Event<WorksheetSubmitted> submitted;

    @Inject
    Clock clock;

    /** A unit's worksheet with the caller's answers, by part uuid. */
    public record Opened(ModuleVersion version, ModuleUnit unit, Worksheet worksheet, WorksheetResponse response,
            Map<String, WorksheetAnswer> answers) {

        public AnswerCodec.Answer answer(String partUuid) {
            WorksheetAnswer answer = answers.get(partUuid);
            return answer == null ? AnswerCodec.Answer.empty() : AnswerCodec.decode(answer.getContent());
        }

        /** The version of a part's answer, or 0 when there is none yet. */
        public long version(String partUuid) {
            WorksheetAnswer answer = answers.get(partUuid);
            return answer == null ? 0 : answer.getVersion() + 1;
        }
    }

    /** What a save did: the answer's new version and when the database took it. */
    public record Saved(String partUuid, long version, Instant savedAt) {
    }

    public Opened open(String moduleUuid, String unitUuid) {
        long me = caller.id();
        ModuleVersion version = modules.find(moduleUuid == null ? "" : moduleUuid)
                .flatMap(m -> m.currentVersion().flatMap(n -> modules.version(m.getUuid(), n)))
                .orElseThrow(() -> new NotFoundException("learning.module.notFound"));
        ModuleUnit unit = modules.definition(version).unit(unitUuid == null ? "" : unitUuid)
                .orElseThrow(() -> new NotFoundException("learning.unit.notFound"));
        Worksheet worksheet = unit.worksheet().orElseThrow(() -> new NotFoundException("reflection.worksheet.notFound"));
        Optional<WorksheetResponse> response = response(me, worksheet.uuid());
        Map<String, WorksheetAnswer> answers = new HashMap<>();
        response.ifPresent(r -> em.createQuery("select a from WorksheetAnswer a where a.response = :r", WorksheetAnswer.class)
                .setParameter("r", r).getResultList().forEach(a -> answers.put(a.getPartUuid(), a)));
        return new Opened(version, unit, worksheet, response.orElse(null), answers);
    }

    /**
     * Saves one part. {@code baseVersion} is the version the page showed (0 for none):
     * if the answer has moved on since to other words, nothing is saved and
     * {@link SaveConflict} says so; if it holds these very words, they are saved already.
     * Two saves that create the part at once: the database lets one in, and the other,
     * run again (see {@code Races}), finds it.
     */
    @Transactional
    public Saved save(String moduleUuid, String unitUuid, String partUuid, AnswerCodec.Answer answer, long baseVersion) {
        long me = caller.id();
        Opened opened = open(moduleUuid, unitUuid);
        WorksheetPart part = opened.worksheet().part(partUuid == null ? "" : partUuid)
                .orElseThrow(() -> new NotFoundException("reflection.part.notFound"));
        String content = AnswerCodec.encode(part, answer);
        if (content.length() > WorksheetAnswer.MAX_LENGTH) {
            throw new BusinessException("reflection.worksheet.tooLong");
        }
        WorksheetResponse response = opened.response();
        if (response == null) {
            response = new WorksheetResponse(me, moduleUuid, unitUuid, opened.worksheet().uuid(), clock.instant());
            em.persist(response);
        }
        WorksheetAnswer existing = opened.answers().get(partUuid);
        Instant now = clock.instant();
        if (existing == null) {
            if (baseVersion != 0) {
                throw new NotFoundException("reflection.part.notFound");
            }
            existing = new WorksheetAnswer(response, partUuid, content, now);
            em.persist(existing);
        } else if (existing.getContent().equals(content)) {
            // Saved already: the same words came twice (the autosave and the form's Submit, or a retry).
            return new Saved(partUuid, opened.version(partUuid), existing.getSavedAt());
        } else if (opened.version(partUuid) != baseVersion) {
            throw new SaveConflict(partUuid, opened.version(partUuid), existing.getSavedAt(), existing.getContent());
        } else {
            existing.replace(content, now);
        }
        em.flush();
        return new Saved(partUuid, existing.getVersion() + 1, existing.getSavedAt());
    }

    /** Submits the worksheet: a unit completed by its worksheet is then complete. */
    @Transactional
    public void submit(String moduleUuid, String unitUuid) {
        long me = caller.id();
        Opened opened = open(moduleUuid, unitUuid);
        WorksheetResponse response = opened.response();
        if (response == null) {
            response = new WorksheetResponse(me, moduleUuid, unitUuid, opened.worksheet().uuid(), clock.instant());
            em.persist(response);
        }
        response.submit(clock.instant());
        submitted.fire(new WorksheetSubmitted(me, moduleUuid, unitUuid));
    }

    private Optional<WorksheetResponse> response(long accountId, String worksheetUuid) {
        return em.createQuery("select r from WorksheetResponse r where r.accountId = :me and r.worksheetUuid = :w",
                WorksheetResponse.class).setParameter("me", accountId).setParameter("w", worksheetUuid)
                .getResultStream().findFirst();
    }
}
