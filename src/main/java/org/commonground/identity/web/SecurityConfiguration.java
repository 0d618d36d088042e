package org.commonground.identity.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.commonground.identity.entity.Role;

/**
 * Sign-in with our own form page (Jakarta Security). A signed-out visitor who asks
 * for a protected page is redirected to sign in and then back to that page.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/sign-in.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.REVIEWER_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
@FacesConfig
@ApplicationScoped
public class SecurityConfiguration {
}
