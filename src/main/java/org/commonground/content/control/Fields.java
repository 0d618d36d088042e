package org.commonground.content.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed, line-aware access to one YAML mapping. Every problem (missing, wrong type,
 * out of range, unknown field) is recorded with its file, line and the field's
 * path, such as {@code questions[2].options[1].feedback}, and parsing goes on.
 */
final class Fields {

    private final String file;
    private final String path;
    private final int lineOffset;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final List<Problem> problems;

    Fields(String file, String path, Node node, int lineOffset, List<Problem> problems) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.lineOffset = lineOffset;
        this.problems = problems;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    entries.put(key.getValue(), tuple);
                }
            }
        } else if (node != null) {
            problem(node, "", "expected a set of fields (key: value)");
        }
    }

    int line() {
        return node == null ? 1 : line(node);
    }

    String file() {
        return file;
    }

    List<Problem> problems() {
        return problems;
    }

    /** Reports every field that is not in {@code known}: usually a typo. */
    void allow(Set<String> known) {
        entries.forEach((key, tuple) -> {
            if (!known.contains(key)) {
                problem(tuple.getKeyNode(), key, "unknown field (allowed here: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
        });
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    String text(String key) {
        return optionalText(key).orElseGet(() -> {
            missing(key);
            return "";
        });
    }

    Optional<String> optionalText(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        if (!(tuple.getValueNode() instanceof ScalarNode scalar)) {
            problem(tuple.getValueNode(), key, "expected text");
            return Optional.empty();
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    int integer(String key, int min, int max) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            missing(key);
            return min;
        }
        String raw = scalar(tuple, key).orElse("");
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                problem(tuple.getValueNode(), key, "must be from " + min + " to " + max + ", not " + value);
            }
            return Math.max(min, Math.min(max, value));
        } catch (NumberFormatException e) {
            problem(tuple.getValueNode(), key, "expected a whole number, not '" + raw + "'");
            return min;
        }
    }

    /** A whole number that may be left out. */
    Optional<Integer> optionalInteger(String key, int min, int max) {
        NodeTuple tuple = entries.get(key);
        return tuple == null || isNull(tuple.getValueNode()) ? Optional.empty() : Optional.of(integer(key, min, max));
    }

    /** A nested set of fields that may be left out, for example a quiz's {@code review}. */
    Optional<Fields> nested(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null || isNull(tuple.getValueNode()) ? Optional.empty()
                : Optional.of(new Fields(file, qualified(key), tuple.getValueNode(), lineOffset, problems));
    }

    double positiveNumber(String key, double fallback) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return fallback;
        }
        String raw = scalar(tuple, key).orElse("");
        try {
            double value = Double.parseDouble(raw.trim());
            if (value <= 0 || Double.isNaN(value) || Double.isInfinite(value)) {
                problem(tuple.getValueNode(), key, "must be a positive number, not " + raw);
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(tuple.getValueNode(), key, "expected a number, not '" + raw + "'");
            return fallback;
        }
    }

    boolean bool(String key, Boolean fallback) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            if (fallback == null) {
                missing(key);
                return false;
            }
            return fallback;
        }
        String raw = scalar(tuple, key).orElse("");
        return switch (raw.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                problem(tuple.getValueNode(), key, "expected true or false, not '" + raw + "'");
                yield fallback != null && fallback;
            }
        };
    }

    /** A value from a fixed list, written in lower case in the files. */
    <E extends Enum<E>> Optional<E> choice(String key, Class<E> type) {
        Optional<String> raw = optionalText(key);
        if (raw.isEmpty()) {
            missing(key);
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(raw.get())) {
                return Optional.of(constant);
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name().toLowerCase(java.util.Locale.ROOT));
        }
        problem(entries.get(key).getValueNode(), key, "'" + raw.get() + "' is not one of " + String.join(", ", allowed));
        return Optional.empty();
    }

    List<String> texts(String key, boolean required) {
        List<String> values = new ArrayList<>();
        Optional<SequenceNode> sequence = sequence(key, required);
        if (sequence.isEmpty()) {
            return values;
        }
        int i = 0;
        for (Node item : sequence.get().getValue()) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                values.add(scalar.getValue().strip());
            } else {
                problem(item, key + "[" + i + "]", "expected text");
            }
            i++;
        }
        if (required && values.isEmpty() && problems.stream().noneMatch(p -> p.field().startsWith(qualified(key)))) {
            problem(sequence.get(), key, "must have at least one entry");
        }
        return values;
    }

    List<Fields> list(String key, boolean required) {
        List<Fields> values = new ArrayList<>();
        Optional<SequenceNode> sequence = sequence(key, required);
        if (sequence.isEmpty()) {
            return values;
        }
        int i = 0;
        for (Node item : sequence.get().getValue()) {
            values.add(new Fields(file, qualified(key) + "[" + i + "]", item, lineOffset, problems));
            i++;
        }
        if (required && values.isEmpty()) {
            problem(sequence.get(), key, "must have at least one entry");
        }
        return values;
    }

    /** A nested set of fields, or empty (with a problem when required) if it is missing. */
    Optional<Fields> mapping(String key, boolean required) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        return Optional.of(new Fields(file, qualified(key), tuple.getValueNode(), lineOffset, problems));
    }

    /** A nested mapping of plain values, for example a given row of a table. */
    Map<String, String> stringMap(Fields item) {
        Map<String, String> values = new LinkedHashMap<>();
        item.entries.forEach((key, tuple) -> values.put(key,
                tuple.getValueNode() instanceof ScalarNode s ? s.getValue().strip() : ""));
        return values;
    }

    Set<String> keys() {
        return entries.keySet();
    }

    void problem(String key, String message) {
        NodeTuple tuple = entries.get(key);
        problem(tuple == null ? node : tuple.getValueNode(), key, message);
    }

    void problemHere(String message) {
        problem(node, "", message);
    }

    private Optional<SequenceNode> sequence(String key, boolean required) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            problem(tuple.getValueNode(), key, "expected a list");
            return Optional.empty();
        }
        return Optional.of(sequence);
    }

    private Optional<String> scalar(NodeTuple tuple, String key) {
        if (tuple.getValueNode() instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        problem(tuple.getValueNode(), key, "expected a single value");
        return Optional.empty();
    }

    private void missing(String key) {
        problems.add(new Problem(file, line(), qualified(key), "required field is missing"));
    }

    private void problem(Node at, String key, String message) {
        problems.add(new Problem(file, at == null ? line() : line(at), qualified(key), message));
    }

    private String qualified(String key) {
        if (key.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? key : path + "." + key;
    }

    private int line(Node at) {
        return at.getStartMark().getLine() + 1 + lineOffset;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
    }
}
