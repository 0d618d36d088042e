package org.commonground.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIOutput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;

/**
 * PrimeFaces' CSP mode checks that every postback carries the page's nonce in a
 * {@code primefaces.nonce} field; its script adds that field, but most of our pages
 * load no script at all. This puts the field into every form on the server, so
 * plain forms work with scripts switched off and CSP fully on.
 */
public class FormNonce implements SystemEventListener {

    static final String MARKER = "commonground.nonceField";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIForm;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        UIComponent form = (UIComponent) event.getSource();
        if (form.getAttributes().containsKey(MARKER)) {
            return;
        }
        form.getAttributes().put(MARKER, Boolean.TRUE);
        form.getChildren().add(new NonceField());
    }

    /** Renders the hidden field with the nonce of the page being rendered. */
    public static class NonceField extends UIOutput {

        public NonceField() {
            setTransient(true);
            setId("cgNonce");
        }

        @Override
        public void encodeEnd(FacesContext context) throws IOException {
            var writer = context.getResponseWriter();
            writer.startElement("input", this);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", "primefaces.nonce", null);
            writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
            writer.endElement("input");
        }
    }
}
