package org.commonground.content.entity;

import java.time.LocalDate;

/**
 * A note on what changed in a module and when, written with the change in the
 * module file. A changed file is imported as the module's next version, so the
 * note travels with the version that made the change (for example a new stage).
 */
public record ModuleChange(LocalDate date, String note) {
}
