package org.commonground.content.control;

import java.util.SortedMap;
import org.commonground.content.entity.ModuleDefinition;

/**
 * A module read from files: its definition, the exact files it is made of (the
 * module.yaml and every item it uses) and a fingerprint of them, so a change to
 * any of those files is seen as a change to the module.
 */
public record ParsedModule(String folder, ModuleDefinition definition, SortedMap<String, String> files,
        String fingerprint) {
}
