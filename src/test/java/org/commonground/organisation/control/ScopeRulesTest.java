package org.commonground.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeRulesTest {

    private static final long ORG_A = 1;
    private static final long ORG_B = 2;
    private static final long TEAM_A1 = 11;
    private static final long TEAM_A2 = 12;
    private static final long TEAM_B1 = 21;

    private final List<ScopeRules.Grant> teamManager = List.of(new ScopeRules.Grant(ORG_A, TEAM_A1));
    private final List<ScopeRules.Grant> orgManager = List.of(new ScopeRules.Grant(ORG_A, null));

    @Test
    void aTeamManagerManagesTheirTeamOnly() {
        assertThat(ScopeRules.managesTeam(teamManager, ORG_A, TEAM_A1)).isTrue();
        assertThat(ScopeRules.managesTeam(teamManager, ORG_A, TEAM_A2)).isFalse();
        assertThat(ScopeRules.managesTeam(teamManager, ORG_B, TEAM_B1)).isFalse();
        assertThat(ScopeRules.managesOrganisation(teamManager, ORG_A)).isFalse();
    }

    @Test
    void anOrganisationManagerManagesEveryTeamOfThatOrganisationAndNoOther() {
        assertThat(ScopeRules.managesOrganisation(orgManager, ORG_A)).isTrue();
        assertThat(ScopeRules.managesTeam(orgManager, ORG_A, TEAM_A2)).isTrue();
        assertThat(ScopeRules.managesOrganisation(orgManager, ORG_B)).isFalse();
        assertThat(ScopeRules.managesTeam(orgManager, ORG_B, TEAM_B1)).isFalse();
    }

    @Test
    void aTeamManagerSeesMembersOfTheirTeamOnly() {
        assertThat(ScopeRules.canSeeMember(teamManager, ORG_A, Set.of(TEAM_A1, TEAM_A2), true)).isTrue();
        assertThat(ScopeRules.canSeeMember(teamManager, ORG_A, Set.of(TEAM_A2), true)).isFalse();
        assertThat(ScopeRules.canSeeMember(teamManager, ORG_A, Set.of(), true)).isFalse();
    }

    @Test
    void anOrganisationManagerSeesMembersWithoutATeam() {
        assertThat(ScopeRules.canSeeMember(orgManager, ORG_A, Set.of(), true)).isTrue();
        assertThat(ScopeRules.canSeeMember(orgManager, ORG_B, Set.of(), true)).isFalse();
    }

    @Test
    void nobodyButAdministratorsSeesALeaver() {
        assertThat(ScopeRules.canSeeMember(orgManager, ORG_A, Set.of(TEAM_A1), false)).isFalse();
        assertThat(ScopeRules.canSeeMember(teamManager, ORG_A, Set.of(TEAM_A1), false)).isFalse();
    }

    @Test
    void noScopesSeeNothing() {
        assertThat(ScopeRules.canSeeMember(List.of(), ORG_A, Set.of(TEAM_A1), true)).isFalse();
    }
}
