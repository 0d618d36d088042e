package org.commonground.content.boundary;

/** What importing one module's files did. */
public enum ImportOutcome {
    /** A module new to this platform: version 1 published. */
    CREATED,
    /** The files changed and nobody had edited the module in the browser: a new version published. */
    NEW_VERSION,
    /** The files are the ones last imported: nothing to do. */
    UNCHANGED,
    /** The files changed but the module has browser edits: nothing overwritten, administrators asked to choose. */
    CONFLICT
}
