package org.commonground.identity.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import org.commonground.identity.entity.Role;

/**
 * The roles of the application and Faces' configuration. Sign-in itself is
 * {@link SessionAuthentication}: a signed-out visitor who asks for a protected page
 * sees the sign-in form at that page's address (a forward), and goes on to the page
 * once signed in (see {@link SignInBacking#getReturnTo()}).
 */
@DeclareRoles({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.REVIEWER_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
@FacesConfig
@ApplicationScoped
public class SecurityConfiguration {
}
