package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Creates the people a test needs, each new and unique, through the real pages. */
public final class People {

    public static final String PASSWORD = "a walk in the park";
    private static final Object FIRST_ADMIN_LOCK = new Object();
    private static volatile String firstAdminPassword;

    private People() {
    }

    /** A person with an account: their email, password and their own browser. */
    public record Person(String name, String email, String password, WebClient browser) {
    }

    /** Registers a new learner; the returned browser is signed in. */
    public static Person newLearner() {
        return newLearner(Server.unique("Learner "));
    }

    /** Registers a new learner with the given display name; the returned browser is signed in. */
    public static Person newLearner(String name) {
        String email = Server.unique("learner") + "@it.commonground.test";
        WebClient browser = new WebClient();
        browser.get("register.xhtml");
        WebClient.Page page = browser.submit("register",
                Map.of("name", name, "email", email, "password", PASSWORD), "submit");
        assertThat(page.path()).as("registration lands on my learning").endsWith("/learn/index.xhtml");
        return new Person(name, email, PASSWORD, browser);
    }

    public static WebClient.Page signIn(WebClient browser, String email, String password) {
        browser.get("sign-in.xhtml");
        return browser.submit("signIn", Map.of("email", email, "password", password), "submit");
    }

    /**
     * The first administrator from configuration, signed in. The first use in the
     * run replaces the one-time password, as the platform demands.
     */
    /** The first administrator's password, once {@link #firstAdmin()} has replaced the one-time one. */
    public static String firstAdminPassword() {
        firstAdmin();
        return firstAdminPassword;
    }

    public static final String FIRST_ADMIN = "first-admin@it.commonground.test";

    public static WebClient firstAdmin() {
        String email = "first-admin@it.commonground.test";
        WebClient browser = new WebClient();
        synchronized (FIRST_ADMIN_LOCK) {
            if (firstAdminPassword == null) {
                WebClient.Page page = signIn(browser, email, "one-time-admin-secret");
                assertThat(page.path()).as("a one-time password leads to the change-password page")
                        .endsWith("/account/password.xhtml");
                assertThat(browser.get("admin/index.xhtml").path()).as("and nothing else opens until it is changed")
                        .endsWith("/account/password.xhtml");
                String chosen = "administrator's own passphrase";
                page = browser.submit("password", Map.of("current", "one-time-admin-secret", "password", chosen), "submit");
                assertThat(page.path()).endsWith("/admin/index.xhtml");
                firstAdminPassword = chosen;
                return browser;
            }
        }
        WebClient.Page page = signIn(browser, email, firstAdminPassword);
        assertThat(page.path()).endsWith("/admin/index.xhtml");
        return browser;
    }
}
