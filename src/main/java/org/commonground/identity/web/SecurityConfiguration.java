package org.commonground.identity.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.commonground.identity.entity.Role;

/**
 * Sign-in with our own form page (Jakarta Security). A signed-out visitor who asks
 * for a protected page sees the sign-in form at that page's address (a forward),
 * and goes on to the page once signed in (see {@link SignInBacking#getReturnTo()}).
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/sign-in.xhtml", errorPage = "", useForwardToLogin = true))
@DeclareRoles({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.REVIEWER_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
@FacesConfig
@ApplicationScoped
public class SecurityConfiguration {
}
