package org.commonground.content.entity;

/** Further reading named by a unit or module. */
public record Resource(String title, String publisher, String url) {
}
