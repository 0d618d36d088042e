package org.commonground.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link PlatformExceptionHandler} around the handlers declared before it. */
public class PlatformExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PlatformExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PlatformExceptionHandler(getWrapped().getExceptionHandler());
    }
}
