package org.commonground.content.entity;

import java.time.LocalDate;

/** A co-production sign-off: someone with lived experience or a community partner reviewed the module. */
public record Review(String name, String role, LocalDate date, String note) {
}
