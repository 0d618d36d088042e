package org.commonground.authoring.boundary;

import java.util.List;
import org.commonground.content.control.Problem;
import org.commonground.platform.boundary.BusinessException;

/** A save or publish refused because the loader found problems; nothing was saved. */
public class InvalidContent extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidContent(List<Problem> problems) {
        super("authoring.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
