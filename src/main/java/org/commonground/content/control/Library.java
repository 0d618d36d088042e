package org.commonground.content.control;

import java.util.List;
import java.util.Optional;
import org.commonground.content.entity.Framework;

/**
 * What a content directory holds: the modules that are valid, the framework, and
 * every problem found, each with file, line and field. A module with a problem in
 * any of its files is not among the modules.
 */
public record Library(List<ParsedModule> modules, Optional<Framework> framework, List<Problem> problems,
        List<String> brokenModules) {

    public Library {
        modules = List.copyOf(modules);
        problems = List.copyOf(problems);
        brokenModules = List.copyOf(brokenModules);
    }
}
