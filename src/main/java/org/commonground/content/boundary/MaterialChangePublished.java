package org.commonground.content.boundary;

/** A module version was published as a material change: completions of older versions need a refresh. */
public record MaterialChangePublished(String moduleUuid, int version) {
}
