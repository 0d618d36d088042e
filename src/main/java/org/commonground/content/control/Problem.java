package org.commonground.content.control;

/** Something wrong in a content file: where (file, line, field) and what. */
public record Problem(String file, int line, String field, String message) implements java.io.Serializable {

    @Override
    public String toString() {
        return file + ":" + line + (field.isEmpty() ? "" : " " + field) + ": " + message;
    }
}
