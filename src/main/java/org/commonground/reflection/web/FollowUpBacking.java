package org.commonground.reflection.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;
import org.commonground.reflection.boundary.FollowUps;
import org.omnifaces.cdi.Param;

/** The practice follow-up page of a module ({@code m}): its questions and the learner's private answers. */
@Named
@RequestScoped
public class FollowUpBacking {

    @Inject
    FollowUps followUps;

    @Inject
    @Param(name = "m")
    String moduleUuid;

    private FollowUps.Opened opened;
    private Map<String, String> texts;

    public void load() {
        getOpened();
    }

    public FollowUps.Opened getOpened() {
        if (opened == null) {
            opened = followUps.open(moduleUuid);
        }
        return opened;
    }

    /** What is in each box, by question uuid: the saved answer, then what was typed. */
    public Map<String, String> getTexts() {
        if (texts == null) {
            texts = new HashMap<>();
            getOpened().questions().forEach(a -> texts.put(a.question().uuid(), a.answer()));
        }
        return texts;
    }

    public void save() {
        try {
            followUps.answer(moduleUuid, getOpened().afterDays(), getTexts());
            Messages.info("reflection.followUp.saved");
            Redirect.to("/learn/follow-up.xhtml?m=" + moduleUuid);
        } catch (BusinessException problem) {
            List<FollowUps.Asked> questions = getOpened().questions();
            int index = 0;
            for (int i = 0; i < questions.size(); i++) {
                if (problem.getField().orElse("").equals(questions.get(i).question().uuid())) {
                    index = i;
                }
            }
            Messages.error("followUp:questions:" + index + ":answer", problem.getMessageKey());
        }
    }

    public String getModuleUuid() {
        return moduleUuid;
    }
}
