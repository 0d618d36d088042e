package org.commonground.platform.web;

import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIOutput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.io.IOException;
import java.util.EnumSet;
import org.primefaces.context.PrimeFacesContext;

/**
 * PrimeFaces' CSP mode checks that every postback carries the page's nonce in a
 * {@code primefaces.nonce} field; its script adds that field, but most of our pages
 * load no script at all. Before every render this puts a (transient, never saved)
 * field into each form, so plain forms work with no script and CSP fully on.
 */
public class FormNonce implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        FacesContext context = FacesContext.getCurrentInstance();
        UIViewRoot root = (UIViewRoot) event.getSource();
        VisitContext visit = VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_ITERATION));
        root.visitTree(visit, (ctx, component) -> {
            if (component instanceof UIForm form
                    && form.getChildren().stream().noneMatch(NonceField.class::isInstance)) {
                form.getChildren().add(new NonceField());
            }
            return VisitResult.ACCEPT;
        });
    }

    /** Renders the hidden field with the nonce of the page being rendered. */
    public static class NonceField extends UIOutput {

        public NonceField() {
            setTransient(true);
        }

        @Override
        public void encodeEnd(FacesContext context) throws IOException {
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", this);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", "primefaces.nonce", null);
            writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
            writer.endElement("input");
            String owner = FormToken.owner((jakarta.servlet.http.HttpServletRequest) context.getExternalContext().getRequest());
            if (!owner.isEmpty()) {
                // Whose form this is, should it arrive after the session ended (see KeptForm).
                writer.startElement("input", this);
                writer.writeAttribute("type", "hidden", null);
                writer.writeAttribute("name", KeptForm.OWNER, null);
                writer.writeAttribute("value", owner, null);
                writer.endElement("input");
            }
        }

        @Override
        public void encodeBegin(FacesContext context) {
            // all in encodeEnd
        }

        @Override
        public void encodeChildren(FacesContext context) {
            // no children
        }

        @Override
        public boolean getRendersChildren() {
            return true;
        }
    }
}
