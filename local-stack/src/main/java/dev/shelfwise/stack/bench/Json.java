package dev.shelfwise.stack.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for the bench and the chaos suites (the stack's classpath has no JSON library at compile time):
 * a reader into maps, lists, BigDecimals, strings, booleans and nulls, a writer of the same, and a forgiving view to
 * navigate answers ({@code path} never fails; a missing value reads as null / 0 / "").
 */
public final class Json implements Iterable<Json> {
    private static final Json MISSING = new Json(null, true);
    private final Object value;
    private final boolean missing;

    private Json(Object value, boolean missing) {
        this.value = value;
        this.missing = missing;
    }

    static Json of(Object value) {
        return new Json(value, false);
    }

    public static Json parse(String text) {
        Reader reader = new Reader(text);
        Object value = reader.value();
        reader.skipSpace();
        if (reader.pos != text.length()) {
            throw new IllegalArgumentException("unexpected content at " + reader.pos);
        }
        return of(value);
    }

    Object value() {
        return value;
    }

    public Json path(String field) {
        if (value instanceof Map<?, ?> map && map.containsKey(field)) {
            return of(map.get(field));
        }
        return MISSING;
    }

    public Json path(int index) {
        if (value instanceof List<?> list && index >= 0 && index < list.size()) {
            return of(list.get(index));
        }
        return MISSING;
    }

    public boolean has(String field) {
        return value instanceof Map<?, ?> map && map.containsKey(field);
    }

    public boolean isMissing() {
        return missing;
    }

    public boolean isNull() {
        return value == null;
    }

    public String asText() {
        return asText("");
    }

    public String asText(String fallback) {
        if (value == null) {
            return missing ? fallback : "null";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value instanceof String || value instanceof Boolean || value instanceof Number ? value.toString() : write(value, false);
    }

    public double asDouble() {
        return value instanceof Number number ? number.doubleValue()
                : value instanceof String s && !s.isBlank() ? Double.parseDouble(s) : 0;
    }

    public long asLong() {
        return value instanceof Number number ? number.longValue() : (long) asDouble();
    }

    public int asInt() {
        return (int) asLong();
    }

    boolean asBoolean() {
        return Boolean.TRUE.equals(value);
    }

    public BigDecimal decimalValue() {
        return value instanceof BigDecimal decimal ? decimal : value instanceof Number number ? new BigDecimal(number.toString()) : BigDecimal.ZERO;
    }

    /** The fields of an object, in order. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> fields() {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Collections.emptyMap();
    }

    @Override
    public Iterator<Json> iterator() {
        List<Json> items = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> items.add(of(item)));
        }
        return items.iterator();
    }

    @Override
    public String toString() {
        return write(value, false);
    }

    public static String write(Object value, boolean pretty) {
        StringBuilder out = new StringBuilder();
        write(out, value, pretty, 0);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, boolean pretty, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Json json) {
            write(out, json.value, pretty, depth);
        } else if (value instanceof String s) {
            quote(out, s);
        } else if (value instanceof Double d) {
            out.append(d.isNaN() || d.isInfinite() ? "null" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
        } else if (value instanceof Float f) {
            write(out, f.doubleValue(), pretty, depth);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                newline(out, pretty, depth + 1);
                quote(out, String.valueOf(entry.getKey()));
                out.append(pretty ? ": " : ":");
                write(out, entry.getValue(), pretty, depth + 1);
            }
            if (!map.isEmpty()) {
                newline(out, pretty, depth);
            }
            out.append('}');
        } else if (value instanceof Iterable<?> list) {
            out.append('[');
            boolean first = true;
            boolean simple = true;
            for (Object item : list) {
                simple &= !(item instanceof Map || item instanceof Iterable);
            }
            for (Object item : list) {
                out.append(first ? "" : pretty && simple ? ", " : ",");
                first = false;
                if (!simple) {
                    newline(out, pretty, depth + 1);
                }
                write(out, item, pretty, depth + 1);
            }
            if (!first && !simple) {
                newline(out, pretty, depth);
            }
            out.append(']');
        } else {
            quote(out, value.toString());
        }
    }

    private static void newline(StringBuilder out, boolean pretty, int depth) {
        if (pretty) {
            out.append('\n').append("  ".repeat(depth));
        }
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        Object value() {
            skipSpace();
            if (pos >= text.length()) {
                throw new IllegalArgumentException("unexpected end of JSON");
            }
            char c = text.charAt(pos);
            switch (c) {
                case '{' -> {
                    pos++;
                    Map<String, Object> map = new LinkedHashMap<>();
                    skipSpace();
                    if (text.charAt(pos) == '}') {
                        pos++;
                        return map;
                    }
                    while (true) {
                        skipSpace();
                        String key = string();
                        skipSpace();
                        expect(':');
                        map.put(key, value());
                        skipSpace();
                        if (text.charAt(pos) == ',') {
                            pos++;
                        } else {
                            expect('}');
                            return map;
                        }
                    }
                }
                case '[' -> {
                    pos++;
                    List<Object> list = new ArrayList<>();
                    skipSpace();
                    if (text.charAt(pos) == ']') {
                        pos++;
                        return list;
                    }
                    while (true) {
                        list.add(value());
                        skipSpace();
                        if (text.charAt(pos) == ',') {
                            pos++;
                        } else {
                            expect(']');
                            return list;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                case 't' -> {
                    literal("true");
                    return Boolean.TRUE;
                }
                case 'f' -> {
                    literal("false");
                    return Boolean.FALSE;
                }
                case 'n' -> {
                    literal("null");
                    return null;
                }
                default -> {
                    int start = pos;
                    while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                        pos++;
                    }
                    if (start == pos) {
                        throw new IllegalArgumentException("unexpected '" + c + "' at " + pos);
                    }
                    return new BigDecimal(text.substring(start, pos));
                }
            }
        }

        private void literal(String word) {
            if (!text.startsWith(word, pos)) {
                throw new IllegalArgumentException("unexpected token at " + pos);
            }
            pos += word.length();
        }

        private void expect(char c) {
            if (pos >= text.length() || text.charAt(pos) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + pos);
            }
            pos++;
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char e = text.charAt(pos++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                            pos += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
        }
    }
}
