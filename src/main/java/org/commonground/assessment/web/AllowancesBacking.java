package org.commonground.assessment.web;

import static org.commonground.platform.web.Urls.enc;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonground.assessment.boundary.QuizAttempts;
import org.commonground.content.boundary.Modules;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.platform.boundary.NotFoundException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;
import org.omnifaces.cdi.Param;

/**
 * For a module's trainers ({@code module}): the learners who used every attempt its
 * quizzes allow, each with a button to allow them more.
 */
@Named
@RequestScoped
public class AllowancesBacking {

    @Inject
    QuizAttempts attempts;

    @Inject
    Modules modules;

    @Inject
    @Param(name = "module")
    String module;

    private ModuleVersion version;
    private List<QuizAttempts.UsedUp> learners;

    public void load() {
        getLearners();
    }

    public ModuleVersion getVersion() {
        if (version == null) {
            version = modules.find(module == null ? "" : module)
                    .flatMap(m -> m.currentVersion().flatMap(n -> modules.version(m.getUuid(), n)))
                    .orElseThrow(() -> new NotFoundException("content.module.notFound"));
        }
        return version;
    }

    public List<QuizAttempts.UsedUp> getLearners() {
        if (learners == null) {
            learners = attempts.usedUp(getVersion().getModule().getUuid());
        }
        return learners;
    }

    public void allow(long accountId) {
        attempts.allowMoreAsTrainer(accountId, getVersion().getModule().getUuid());
        Messages.info("assessment.quiz.allowed");
        Redirect.to("/content/allowances.xhtml?module=" + enc(module));
    }
}
