package org.commonground.reflection.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonground.content.entity.WorksheetPart;
import org.commonground.reflection.boundary.SharedResponses;
import org.commonground.reflection.control.AnswerCodec;
import org.omnifaces.cdi.Param;

/** Reflections shared with the signed-in manager or trainer, and one of them opened. */
@Named
@RequestScoped
public class SharedBacking {

    @Inject
    SharedResponses shared;

    @Inject
    @Param(name = "r")
    String responseId;

    private SharedResponses.Readable readable;
    private String reply;

    public List<SharedResponses.Listed> getList() {
        return shared.sharedWithMe();
    }

    public void load() {
        getReadable();
    }

    public SharedResponses.Readable getReadable() {
        if (readable == null) {
            long id;
            try {
                id = Long.parseLong(responseId == null ? "" : responseId);
            } catch (NumberFormatException e) {
                id = -1;
            }
            readable = shared.read(id);
        }
        return readable;
    }

    public List<SharedResponses.Reply> getReplies() {
        return shared.replies(getReadable().response().getId());
    }

    public boolean isMayReply() {
        return shared.mayReply(getReadable().response());
    }

    public void sendReply() {
        try {
            shared.reply(getReadable().response().getId(), reply);
            org.commonground.platform.web.Messages.info("reflection.reply.sent");
            org.commonground.platform.web.Redirect.to("/reflections/view.xhtml?r=" + getReadable().response().getId() + "#replies");
        } catch (org.commonground.platform.boundary.BusinessException problem) {
            org.commonground.platform.web.Messages.error("reply", problem);
        }
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public AnswerCodec.Answer answer(WorksheetPart part) {
        var stored = getReadable().answers().get(part.uuid());
        return stored == null ? AnswerCodec.Answer.empty() : AnswerCodec.decode(stored.getContent());
    }

    public String kind(WorksheetPart part) {
        return part.kind();
    }
}
