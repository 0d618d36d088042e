package org.commonground.reflection.control;

/**
 * Who may read a worksheet response: its author; a manager of the author (of one of
 * their current teams, or of their whole organisation) when the author shared it
 * with managers; a trainer who authors the module when shared with trainers. Nobody else: not an
 * administrator, not another learner.
 */
public final class ReadAccess {

    private ReadAccess() {
    }

    public static boolean mayRead(boolean isAuthor, boolean managesAuthor, boolean isTrainer,
            boolean sharedWithManagers, boolean sharedWithTrainers) {
        return isAuthor || (sharedWithManagers && managesAuthor) || (sharedWithTrainers && isTrainer);
    }
}
