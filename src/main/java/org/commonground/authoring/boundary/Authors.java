package org.commonground.authoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.commonground.content.entity.LearningModule;
import org.commonground.identity.boundary.Audit;
import org.commonground.identity.boundary.Caller;
import org.commonground.identity.entity.Account;
import org.commonground.identity.entity.Role;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.AccessDeniedException;

/**
 * Who authors which module: anyone who edited one of its drafts or published one of
 * its versions, or whom an administrator named on it. They are the module's
 * trainers: they see the reflections learners shared for those modules, its item
 * analysis and its drafts (so do administrators).
 */
@ApplicationScoped
public class Authors {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    /** An administrator names a trainer on a module (they become one of its trainers). */
    @Transactional
    public void name(String moduleUuid, long accountId) {
        caller.requireAdmin();
        Account account = em.find(Account.class, accountId);
        if (account == null || !account.holds(Role.TRAINER)) {
            throw new BusinessException("authoring.trainers.notTrainer");
        }
        if (moduleUuid == null || em.createNamedQuery(LearningModule.BY_UUID, LearningModule.class)
                .setParameter("uuid", moduleUuid).getResultList().isEmpty()) {
            throw new BusinessException("authoring.trainers.chooseModule");
        }
        record(moduleUuid, accountId);
        audit.record(accountId, null, "NAMED_TRAINER", "of module " + moduleUuid);
    }

    /** Whether the caller is an administrator, or a trainer of this module. */
    public boolean isTrainerOf(String moduleUuid) {
        return caller.isAdmin() || caller.isTrainer() && caller.accountId().map(id -> isAuthor(moduleUuid, id)).orElse(false);
    }

    public void requireTrainerOf(String moduleUuid) {
        if (!isTrainerOf(moduleUuid)) {
            throw new AccessDeniedException();
        }
    }

    /** Whether anyone is a trainer of the module yet (a module read from the library has none until someone edits it). */
    public boolean hasTrainers(String moduleUuid) {
        return !em.createNativeQuery("select 1 from module_author where module_uuid = ?1").setParameter(1, moduleUuid)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String moduleUuid, long accountId) {
        if (!isAuthor(moduleUuid, accountId)) {
            em.createNativeQuery("insert into module_author (module_uuid, account_id) values (?1, ?2)")
                    .setParameter(1, moduleUuid).setParameter(2, accountId).executeUpdate();
        }
    }

    public List<String> modulesOf(long accountId) {
        @SuppressWarnings("unchecked")
        List<String> uuids = em.createNativeQuery("select module_uuid from module_author where account_id = ?1")
                .setParameter(1, accountId).getResultList();
        return uuids;
    }

    public boolean isAuthor(String moduleUuid, long accountId) {
        return !em.createNativeQuery("select 1 from module_author where module_uuid = ?1 and account_id = ?2")
                .setParameter(1, moduleUuid).setParameter(2, accountId).setMaxResults(1).getResultList().isEmpty();
    }

    /** The display names of a module's trainers, in alphabetical order (a learner is told whom to ask). */
    public List<String> names(String moduleUuid) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("select a.display_name from module_author m join account a on a.id = m.account_id"
                + " where m.module_uuid = ?1 order by a.display_name").setParameter(1, moduleUuid).getResultList();
        return names;
    }
}
