package org.commonground.platform.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that is safe to open in a spreadsheet: every cell, the header's included,
 * that a spreadsheet could read as a formula (it starts with = + - @, their
 * full-width forms, a tab or a line break, after any spaces) gets a leading
 * apostrophe, so it stays text. Numbers stay numbers.
 */
public final class SafeCsv {

    private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private SafeCsv() {
    }

    public static String cell(Object value) {
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value == null ? "" : value.toString();
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        String rest = text.stripLeading();
        if (first == '\t' || first == '\r' || first == '\n' || (!rest.isEmpty() && FORMULA_STARTS.indexOf(rest.charAt(0)) >= 0)) {
            return "'" + text;
        }
        return text;
    }

    public static String write(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.stream().map(SafeCsv::cell).toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(SafeCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
