package org.commonground.record.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.ClientAddress;
import org.commonground.platform.web.Messages;
import org.commonground.record.boundary.Certificates;

/** The public page where anyone checks a certificate's code. */
@Named
@RequestScoped
public class VerifyBacking {

    @Inject
    Certificates certificates;

    @Inject
    ClientAddress clientAddress;

    @Inject
    HttpServletRequest request;

    private String code;
    private Optional<Certificates.Verified> result;

    public void check() {
        try {
            result = certificates.verify(code, clientAddress.of(request));
        } catch (BusinessException problem) {
            Messages.error("verify", problem);
        }
    }

    public boolean isChecked() {
        return result != null;
    }

    public Certificates.Verified getResult() {
        return result == null ? null : result.orElse(null);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
