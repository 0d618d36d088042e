package org.commonground.content.entity;

/** Whether a version came from the files in the repository or from editing in the browser. */
public enum VersionSource {
    FILES, BROWSER
}
