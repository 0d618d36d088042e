package org.commonground.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

class RacesTest {

    private static RuntimeException duplicateKey() {
        // As EclipseLink reports a unique constraint refused at flush, inside the transaction's exception.
        return new jakarta.transaction.TransactionalException("rolled back", new PersistenceException(
                DatabaseException.sqlException(new SQLException("Unique index or primary key violation", "23505"))));
    }

    @Test
    void aLostRaceIsRunAgainAndItsSecondResultReturned() {
        AtomicInteger runs = new AtomicInteger();

        String result = Races.retried(() -> {
            if (runs.incrementAndGet() == 1) {
                throw duplicateKey();
            }
            return "saved";
        });

        assertThat(result).isEqualTo("saved");
        assertThat(runs).hasValue(2);
    }

    @Test
    void anyOtherFailureIsNotRepeated() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> Races.retried(() -> {
            runs.incrementAndGet();
            throw new IllegalStateException("a fault");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aRaceLostEveryTimeEndsAfterAFewTries() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> Races.retried(() -> {
            runs.incrementAndGet();
            throw duplicateKey();
        })).isInstanceOf(jakarta.transaction.TransactionalException.class);
        assertThat(runs).hasValue(Races.ATTEMPTS);
    }

    @Test
    void lockTimeoutsDeadlocksAndStaleRowsAreRacesButOtherSqlErrorsAreNot() {
        assertThat(Races.lost(new SQLException("Timeout trying to lock table", "HYT00"))).isTrue();
        assertThat(Races.lost(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(Races.lost(new RuntimeException(new jakarta.persistence.OptimisticLockException()))).isTrue();
        assertThat(Races.lost(new SQLException("value too long", "22001"))).isFalse();
        assertThat(Races.lost(new SQLException("foreign key", "23503"))).isFalse();
    }
}
