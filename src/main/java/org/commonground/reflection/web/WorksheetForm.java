package org.commonground.reflection.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.commonground.content.entity.WorksheetPart;
import org.commonground.reflection.control.AnswerCodec;

/**
 * The field names of the worksheet form, shared by the page that renders it and the
 * servlet that reads it: {@code t.<part>} text, {@code g.<part>} tags, {@code k.<part>}
 * ticked items, {@code n.<part>} rows, {@code c.<part>.<row>.<column>} cells,
 * {@code v.<part>} the version of the answer the page showed.
 */
public final class WorksheetForm {

    public static final int MAX_ROWS = 50;

    private WorksheetForm() {
    }

    public static String text(String part) {
        return "t." + part;
    }

    public static String tags(String part) {
        return "g." + part;
    }

    public static String checked(String part) {
        return "k." + part;
    }

    public static String rows(String part) {
        return "n." + part;
    }

    public static String cell(String part, int row, String column) {
        return "c." + part + "." + row + "." + column;
    }

    public static String version(String part) {
        return "v." + part;
    }

    /** Reads one part's answer from the submitted form. */
    public static AnswerCodec.Answer read(WorksheetPart part, HttpServletRequest request) {
        return read(part, request::getParameterValues);
    }

    /** Reads one part's answer from a form's values ({@code request::getParameterValues}, or a kept form's). */
    public static AnswerCodec.Answer read(WorksheetPart part, Function<String, String[]> request) {
        String uuid = part.uuid();
        if (part instanceof WorksheetPart.Prompt) {
            return new AnswerCodec.Answer(value(request, text(uuid)), values(request, tags(uuid)), List.of(), Set.of());
        }
        if (part instanceof WorksheetPart.Checklist) {
            return new AnswerCodec.Answer("", Set.of(), List.of(), values(request, checked(uuid)));
        }
        WorksheetPart.Table table = (WorksheetPart.Table) part;
        int count;
        try {
            count = Math.min(MAX_ROWS, Math.max(table.rows().size(), Integer.parseInt(value(request, rows(uuid)))));
        } catch (NumberFormatException e) {
            count = table.rows().size();
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (WorksheetPart.Column column : table.columns()) {
                row.put(column.key(), value(request, cell(uuid, i, column.key())));
            }
            rows.add(row);
        }
        return new AnswerCodec.Answer("", Set.of(), rows, Set.of());
    }

    public static long baseVersion(WorksheetPart part, HttpServletRequest request) {
        return baseVersion(part, request::getParameterValues);
    }

    public static long baseVersion(WorksheetPart part, Function<String, String[]> request) {
        try {
            return Long.parseLong(value(request, version(part.uuid())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String value(Function<String, String[]> request, String name) {
        String[] values = request.apply(name);
        return values == null || values.length == 0 ? "" : values[0].replace("\r\n", "\n");
    }

    private static Set<String> values(Function<String, String[]> request, String name) {
        String[] values = request.apply(name);
        return values == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(values));
    }
}
