package org.commonground.content.entity;

import java.util.Optional;

/** A unit in its place in a module, with its quiz, worksheet and completion rule. */
public record ModuleUnit(Unit unit, Optional<Quiz> quiz, Optional<Worksheet> worksheet, CompletionRule completeWhen) {
}
