package org.commonground.platform.control;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Two requests of one person that create the same row at once (an autosave and the
 * worksheet's Submit, a quiz sent twice): the database's unique constraint lets one
 * in and refuses the other. The refused one is not an error to show: run again, its
 * transaction sees what the other committed and takes it into account. Call this
 * around a boundary method, outside its transaction.
 */
public final class Races {

    static final int ATTEMPTS = 4;

    private Races() {
    }

    public static <T> T retried(Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException failure) {
                if (attempt >= ATTEMPTS || !lost(failure)) {
                    throw failure;
                }
            }
        }
    }

    public static void retried(Runnable work) {
        retried(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Whether the failure is a lost race: a unique key taken meanwhile (SQL state 23505
     * on H2 and PostgreSQL), a serialisation failure or deadlock (class 40), a lock
     * wait that timed out or a concurrent update on H2 (HYT00, 90131), or a row changed
     * meanwhile (optimistic lock).
     */
    public static boolean lost(Throwable thrown) {
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < 30; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof OptimisticLockException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("23505") || state.startsWith("40") || state.equals("HYT00") || state.equals("90131")) {
                    return true;
                }
            }
        }
        return false;
    }
}
