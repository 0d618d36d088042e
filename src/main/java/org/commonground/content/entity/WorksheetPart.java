package org.commonground.content.entity;

import java.util.List;
import java.util.Map;

/** One part of a worksheet: a reflective prompt, a table to fill in, or a checklist. */
public sealed interface WorksheetPart {

    String uuid();

    /** The part's type as the file format names it: prompt, table or checklist. */
    default String kind() {
        return this instanceof Prompt ? "prompt" : this instanceof Table ? "table" : "checklist";
    }

    /** A reflective question about the learner's own service, answered in free text. */
    record Prompt(String uuid, String text, String guidance, List<String> tags) implements WorksheetPart {
        public Prompt {
            tags = List.copyOf(tags);
        }
    }

    /** A table with named columns; some rows may be given, and the learner may add rows if open. */
    record Table(String uuid, String title, String guidance, List<Column> columns, List<Map<String, String>> rows,
            boolean openRows) implements WorksheetPart {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(Map::copyOf).toList();
        }

        /** The column a partnership map reads a partner's name from, and the one for the level today. */
        public static final String PARTNER = "partner";
        public static final String LEVEL_TODAY = "level_today";

        /** Whether the rows describe partners (they have both columns), so a learner may offer them to a partnership map. */
        public boolean describesPartners() {
            return columns.stream().anyMatch(c -> c.key().equals(PARTNER)) && columns.stream().anyMatch(c -> c.key().equals(LEVEL_TODAY));
        }
    }

    /** A list of things to tick. */
    record Checklist(String uuid, String title, List<Item> items) implements WorksheetPart {
        public Checklist {
            items = List.copyOf(items);
        }
    }

    record Column(String key, String label, boolean choice, List<String> choices) {
        public Column {
            choices = List.copyOf(choices);
        }
    }

    record Item(String key, String text) {
    }
}
