package org.commonground.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonground.reporting.boundary.ReflectionThemes;
import org.omnifaces.cdi.Param;

/** Reflection themes of an organisation ({@code org}) or of one team ({@code team}). */
@Named
@RequestScoped
public class ThemesBacking {

    @Inject
    ReflectionThemes themes;

    @Inject
    @Param(name = "org")
    String org;

    @Inject
    @Param(name = "team")
    String team;

    private ReflectionThemes.View view;

    public void load() {
        getView();
    }

    public ReflectionThemes.View getView() {
        if (view == null) {
            view = team != null && !team.isBlank() ? themes.forTeam(team) : themes.forOrganisation(org);
        }
        return view;
    }
}
