package org.commonground.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;
import org.commonground.platform.boundary.AccessDeniedException;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;
import org.commonground.platform.control.Unreachable;
import org.primefaces.csp.CspException;

/**
 * The one place where exceptions from actions become what a person sees: a rule
 * that said no becomes a message on the page; a stale edit becomes "someone else
 * changed this, reload"; not found and forbidden become the 404 and 403 pages; a
 * form from an expired page is kept and its page shown again with it filled in
 * ({@link KeptForm}, {@link KeptFormFiller}).
 * Anything else goes on to the error pages, never with a stack trace.
 */
public class PlatformExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PlatformExceptionHandler.class.getName());

    PlatformExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        // A refused nonce is often queued more than once, beside an expired view, or again while the error page
        // for the post is shown (it carries the post's fields): one answer serves them all.
        boolean answered = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(RequestDispatcher.ERROR_STATUS_CODE) != null;
        for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
            answered |= find(event.getContext().getException(), ViewExpiredException.class).isPresent();
        }
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            boolean nonce = isNonceRefusal(thrown);
            if (nonce && answered) {
                events.remove();
                continue;
            }
            FacesContext context = FacesContext.getCurrentInstance();
            Optional<Throwable> handled = handle(context, thrown);
            if (handled.isPresent()) {
                events.remove();
                answered |= nonce;
            }
        }
        getWrapped().handle();
    }

    private Optional<Throwable> handle(FacesContext context, Throwable thrown) {
        if (isNonceRefusal(thrown) && context.getExternalContext().isResponseCommitted()) {
            context.responseComplete();
            return Optional.of(thrown);
        }
        if (isNonceRefusal(thrown)) {
            // A form posted without this page's nonce, or with another: forged, or from a page we never served.
            LOG.warning(() -> "Refused a form post to " + context.getExternalContext().getRequestServletPath()
                    + " without its page's nonce: " + String.valueOf(thrown.getMessage()).lines().findFirst().orElse(""));
            return sendError(context, HttpServletResponse.SC_BAD_REQUEST, thrown);
        }
        if (Unreachable.database(thrown) && !context.getExternalContext().isResponseCommitted()) {
            return sendError(context, HttpServletResponse.SC_SERVICE_UNAVAILABLE, thrown);
        }
        Optional<ViewExpiredException> expired = find(thrown, ViewExpiredException.class);
        if (expired.isPresent() && !context.getExternalContext().isResponseCommitted()) {
            // One rule for an expired page: it comes back with what was sent filled in, and nothing is saved.
            HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
            KeptForm.keep(request);
            try {
                context.getExternalContext().redirect(KeptForm.pageOf(request));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
            return Optional.of(expired.get());
        }
        Optional<NotFoundException> notFound = find(thrown, NotFoundException.class);
        if (notFound.isPresent()) {
            return sendError(context, HttpServletResponse.SC_NOT_FOUND, notFound.get());
        }
        Optional<AccessDeniedException> denied = find(thrown, AccessDeniedException.class);
        if (denied.isPresent()) {
            return sendError(context, HttpServletResponse.SC_FORBIDDEN, denied.get());
        }
        Optional<BusinessException> rule = find(thrown, BusinessException.class);
        if (rule.isPresent()) {
            Messages.error(null, rule.get().getMessageKey(), rule.get().getArguments());
            context.renderResponse();
            return Optional.of(rule.get());
        }
        Optional<OptimisticLockException> stale = find(thrown, OptimisticLockException.class);
        if (stale.isPresent()) {
            Messages.error(null, "platform.error.concurrentChange");
            context.renderResponse();
            return Optional.of(stale.get());
        }
        return Optional.empty();
    }

    private static Optional<Throwable> sendError(FacesContext context, int status, Throwable cause) {
        try {
            context.getExternalContext().responseSendError(status, null);
            context.responseComplete();
            return Optional.of(cause);
        } catch (IOException | IllegalStateException e) {
            throw new FacesException(e);
        }
    }

    /** PrimeFaces refused the post's nonce: missing, mismatched, or not even a nonce (it then fails decoding it). */
    static boolean isNonceRefusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof CspException || t instanceof IllegalArgumentException && Arrays.stream(t.getStackTrace()).limit(10)
                    .anyMatch(frame -> frame.getClassName().startsWith(CspException.class.getPackageName()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unused")
    private static void rethrow(IOException e) {
        throw new UncheckedIOException(e);
    }
}
