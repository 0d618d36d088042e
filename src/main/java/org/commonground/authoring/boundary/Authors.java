package org.commonground.authoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Who authors which module: anyone who edited one of its drafts or published one of
 * its versions. Trainers see the reflections learners shared for those modules.
 */
@ApplicationScoped
public class Authors {

    @PersistenceContext
    EntityManager em;

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
