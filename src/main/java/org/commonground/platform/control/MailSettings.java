package org.commonground.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How mail leaves the platform: through the SMTP server in configuration, or, when
 * none is configured, nowhere (messages wait on the administrators' outbox page).
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "commonground.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "commonground.mail.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "commonground.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "commonground.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "commonground.mail.smtp.starttls", defaultValue = "true")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "commonground.mail.from", defaultValue = "Common Ground <no-reply@example.org>")
    String from;

    @Inject
    @ConfigProperty(name = "commonground.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public boolean sends() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public Properties properties() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host.orElse("localhost"));
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        props.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        return props;
    }

    public Optional<String> user() {
        return user;
    }

    public Optional<String> password() {
        return password;
    }

    public String from() {
        return from;
    }

    /** The address people use to reach the platform, for links in messages (no trailing slash). */
    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
