package org.commonground.reflection.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.content.entity.WorksheetPart;

/**
 * Answers to worksheet parts, as stored (JSON) and as worked with: a prompt's text
 * and tags, a table's rows of cells, a checklist's ticked items. Only what the part
 * allows is kept: unknown tags, columns, choices and items are dropped.
 */
public final class AnswerCodec {

    private AnswerCodec() {
    }

    /** An answer to one part; which fields matter depends on the part's type. */
    public record Answer(String text, Set<String> tags, List<Map<String, String>> rows, Set<String> checked) {

        public static Answer empty() {
            return new Answer("", Set.of(), List.of(), Set.of());
        }

        public boolean isEmpty() {
            return text.isBlank() && tags.isEmpty() && checked.isEmpty()
                    && rows.stream().allMatch(r -> r.values().stream().allMatch(String::isBlank));
        }
    }

    public static String encode(WorksheetPart part, Answer answer) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (part instanceof WorksheetPart.Prompt prompt) {
                json.add("text", answer.text());
                JsonArrayBuilder tags = Json.createArrayBuilder();
                answer.tags().stream().filter(prompt.tags()::contains).forEach(tags::add);
                json.add("tags", tags);
        } else if (part instanceof WorksheetPart.Table table) {
                JsonArrayBuilder rows = Json.createArrayBuilder();
                for (Map<String, String> row : answer.rows()) {
                    JsonObjectBuilder cells = Json.createObjectBuilder();
                    for (WorksheetPart.Column column : table.columns()) {
                        String value = row.getOrDefault(column.key(), "");
                        if (column.choice() && !value.isEmpty() && !column.choices().contains(value)) {
                            value = "";
                        }
                        cells.add(column.key(), value);
                    }
                    rows.add(cells);
                }
                json.add("rows", rows);
        } else if (part instanceof WorksheetPart.Checklist checklist) {
                JsonArrayBuilder checked = Json.createArrayBuilder();
                checklist.items().stream().map(WorksheetPart.Item::key).filter(answer.checked()::contains).forEach(checked::add);
                json.add("checked", checked);
        }
        return json.build().toString();
    }

    public static Answer decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return Answer.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(stored))) {
            JsonObject json = reader.readObject();
            String text = json.getString("text", "");
            Set<String> tags = strings(json.getJsonArray("tags"));
            Set<String> checked = strings(json.getJsonArray("checked"));
            List<Map<String, String>> rows = new ArrayList<>();
            JsonArray rowArray = json.getJsonArray("rows");
            if (rowArray != null) {
                for (JsonValue value : rowArray) {
                    Map<String, String> row = new LinkedHashMap<>();
                    value.asJsonObject().forEach((k, v) -> row.put(k, v instanceof JsonString s ? s.getString() : ""));
                    rows.add(row);
                }
            }
            return new Answer(text, tags, rows, checked);
        }
    }

    private static Set<String> strings(JsonArray array) {
        Set<String> values = new LinkedHashSet<>();
        if (array != null) {
            array.forEach(v -> {
                if (v instanceof JsonString s) {
                    values.add(s.getString());
                }
            });
        }
        return values;
    }
}
