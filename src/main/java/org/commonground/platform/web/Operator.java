package org.commonground.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The organisation that runs this deployment: the data controller named on the privacy notice. */
@Named("operator")
@ApplicationScoped
public class Operator {

    @Inject
    @ConfigProperty(name = "commonground.operator.name")
    String name;

    @Inject
    @ConfigProperty(name = "commonground.operator.contact")
    String contact;

    public String getName() {
        return name;
    }

    public String getContact() {
        return contact;
    }
}
