package org.commonground.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

/**
 * Shows a kept form back on its Faces page: before the page renders, each field whose
 * name the kept form holds gets the value that was sent, as if it had just been typed
 * (nothing reaches the model, so nothing is saved), and the page says "This page had
 * expired: check and send again". One rule for every Faces page: a form from an
 * expired view (see {@link PlatformExceptionHandler}) or sent while signed out.
 */
public class KeptFormFiller implements SystemEventListener {

    static final String MESSAGE = "This page had expired: check and send again.";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback()) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        UIViewRoot root = (UIViewRoot) event.getSource();
        Optional<KeptForm> kept = KeptForm.take(request, root.getViewId(), Map.of());
        if (kept.isEmpty()) {
            return;
        }
        VisitContext visit = VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        root.visitTree(visit, (ctx, component) -> {
            fill(context, component, kept.get());
            return VisitResult.ACCEPT;
        });
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, MESSAGE, null));
    }

    private static void fill(FacesContext context, UIComponent component, KeptForm kept) {
        if (component instanceof EditableValueHolder input) {
            String[] sent = kept.all(component.getClientId(context));
            if (sent != null) {
                input.setSubmittedValue(component instanceof UISelectMany ? sent : sent[0]);
            }
        }
    }
}
