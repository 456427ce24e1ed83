package io.tabien.registry.platform.validation;

import io.tabien.contracts.Decimal;
import io.tabien.contracts.Text;
import io.tabien.registry.platform.errors.InvalidValues;
import org.springframework.stereotype.Component;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The door every value passes before the registry records it: whatever a command (or another write) carries must be
 * storable by every read model and lookup table it reaches, since a value they refuse would stop a projection on that
 * event for ever. It walks a record and everything in it (nested records, lists, sets, maps), and
 * <ul>
 *     <li>normalizes text to Unicode NFC, rebuilding the records through their canonical constructors, so that one
 *     name typed two ways is stored one way;</li>
 *     <li>refuses text with control characters (C0, DEL, C1), unpaired surrogates or noncharacters, line breaks and
 *     tabs outside {@linkplain Text#multiLine() multi-line} fields, and text longer than its {@link Text} limit;</li>
 *     <li>refuses dates and instants outside {@value #EARLIEST_YEAR} to {@value #LATEST_YEAR}, which every column
 *     and Java type holds;</li>
 *     <li>refuses amounts with more digits than their {@link Decimal} column, judged by precision and scale (never by
 *     writing a number out, which for {@code 1E+200000} would take 200,000 digits), and non-positive ones where the
 *     field says they must be positive.</li>
 * </ul>
 * Every problem is collected, so that the client learns about all its fields at once.
 */
@Component
public class StorableValues {

    static final int EARLIEST_YEAR = 1900;
    static final int LATEST_YEAR = 2199;
    public static final LocalDate EARLIEST_DATE = LocalDate.of(EARLIEST_YEAR, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(LATEST_YEAR, 12, 31);
    public static final Instant EARLIEST_INSTANT = EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    public static final Instant LATEST_INSTANT = LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
            .minusNanos(1);
    public static final String DATE_RANGE = "must be a date from " + EARLIEST_DATE + " to " + LATEST_DATE;
    public static final String INSTANT_RANGE = "must be a moment from " + EARLIEST_INSTANT + " to " + LATEST_DATE + "T23:59:59Z";

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return RecordShape.of(type);
        }
    };

    /**
     * Answers the value with its text in NFC: the same instance when nothing needed normalizing.
     *
     * @throws InvalidValues naming every field the registry could not store
     */
    public <T> T check(T value) {
        List<InvalidValues.Problem> problems = new ArrayList<>();
        @SuppressWarnings("unchecked")
        T checked = (T) walk(value, "", null, problems);
        if (!problems.isEmpty()) {
            throw new InvalidValues(problems);
        }
        return checked;
    }

    /**
     * A single line of text that the registry compares with what it stored (a query parameter, say), in NFC.
     *
     * @param field names the text in the refusal
     * @throws InvalidValues if no column could hold the text: control characters, line breaks, more than
     *                       {@value Text#DEFAULT_MAX_LENGTH} characters
     */
    public static String checkedLine(String field, String raw) {
        List<InvalidValues.Problem> problems = new ArrayList<>();
        String text = text(raw, field, null, problems);
        if (!problems.isEmpty()) {
            throw new InvalidValues(problems);
        }
        return text;
    }

    public static boolean isStorable(Instant instant) {
        return !instant.isBefore(EARLIEST_INSTANT) && !instant.isAfter(LATEST_INSTANT);
    }

    public static boolean isStorable(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    /**
     * @param field       where the value sits, as a dotted path
     * @param declaration the record component (or the collection component) that declares it, for its limits
     */
    private Object walk(Object value, String field, AnnotatedElement declaration, List<InvalidValues.Problem> problems) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return text(text, field, declaration == null ? null : declaration.getAnnotation(Text.class), problems);
        }
        if (value instanceof LocalDate date) {
            if (!isStorable(date)) {
                problems.add(new InvalidValues.Problem(field, DATE_RANGE));
            }
            return date;
        }
        if (value instanceof Instant instant) {
            if (!isStorable(instant)) {
                problems.add(new InvalidValues.Problem(field, INSTANT_RANGE));
            }
            return instant;
        }
        if (value instanceof BigDecimal amount) {
            decimal(amount, field, declaration == null ? null : declaration.getAnnotation(Decimal.class), problems);
            return amount;
        }
        if (value instanceof Record record) {
            return record(record, field, problems);
        }
        if (value instanceof List<?> list) {
            return list(list, field, declaration, problems);
        }
        if (value instanceof Set<?> set) {
            return set(set, field, declaration, problems);
        }
        if (value instanceof Map<?, ?> map) {
            return map(map, field, declaration, problems);
        }
        if (isPlain(value.getClass())) {
            return value;
        }
        throw new IllegalStateException(field + " holds a " + value.getClass().getName()
                + ", which the registry does not know how to check before storing it");
    }

    /** Values that every column they are stored in holds as they are. */
    static boolean isPlain(Class<?> type) {
        return type.isEnum() || type == UUID.class || type == Boolean.class || type == boolean.class
                || type == Integer.class || type == int.class || type == Long.class || type == long.class;
    }

    private static String text(String raw, String field, Text limit, List<InvalidValues.Problem> problems) {
        String text = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        int maxLength = limit == null ? Text.DEFAULT_MAX_LENGTH : limit.maxLength();
        String refusal = unstorableCharacter(text, limit != null && limit.multiLine());
        if (refusal != null) {
            problems.add(new InvalidValues.Problem(field, refusal));
        } else if (text.codePointCount(0, text.length()) > maxLength) {
            // PostgreSQL counts varchar(n) in characters, that is code points, not Java's UTF-16 units.
            problems.add(new InvalidValues.Problem(field, "must be at most " + maxLength + " characters"));
        }
        return text;
    }

    /** Why the text cannot be stored as text, or null if it can. */
    private static String unstorableCharacter(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029') {
                if (!multiLine) {
                    return "must be a single line, without line breaks or tabs";
                }
            } else if (c <= 0x1f || (c >= 0x7f && c <= 0x9f)) {
                return "must not contain control characters";
            } else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                // codePointAt answers a surrogate only when it has no partner: the text is not valid Unicode.
                return "must not contain unpaired surrogates";
            } else if ((c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe) {
                return "must not contain Unicode noncharacters";
            }
            i += Character.charCount(c);
        }
        return null;
    }

    private static void decimal(BigDecimal amount, String field, Decimal column, List<InvalidValues.Problem> problems) {
        if (column == null) {
            throw new IllegalStateException(field + " is a BigDecimal without @Decimal: which column holds it?");
        }
        int integerDigits = column.precision() - column.scale();
        // In long arithmetic: a scale of -2^31 (1E+2147483647) would overflow an int subtraction into a small number.
        if ((long) amount.precision() - amount.scale() > integerDigits) {
            problems.add(new InvalidValues.Problem(field,
                    "must have at most " + integerDigits + " digits before the decimal point"));
        } else if (amount.scale() > column.scale() && amount.stripTrailingZeros().scale() > column.scale()) {
            // The column would round it silently; 1.50 is 1.5 and fits two places.
            problems.add(new InvalidValues.Problem(field, "must have at most " + column.scale() + " decimal places"));
        } else if (column.positive() && amount.signum() <= 0) {
            problems.add(new InvalidValues.Problem(field, "must be greater than zero"));
        }
    }

    private Object record(Record record, String field, List<InvalidValues.Problem> problems) {
        RecordShape shape = SHAPES.get(record.getClass());
        Object[] values = new Object[shape.components.length];
        boolean changed = false;
        for (int i = 0; i < values.length; i++) {
            RecordComponent component = shape.components[i];
            Object value = shape.read(record, i);
            values[i] = walk(value, child(field, component.getName()), component, problems);
            changed |= values[i] != value;
        }
        return changed ? shape.create(values) : record;
    }

    private List<?> list(List<?> list, String field, AnnotatedElement declaration,
                         List<InvalidValues.Problem> problems) {
        Object[] elements = list.toArray();
        boolean changed = false;
        for (int i = 0; i < elements.length; i++) {
            Object element = elements[i];
            elements[i] = walk(element, field + "[" + i + "]", declaration, problems);
            changed |= elements[i] != element;
        }
        // Arrays.asList keeps nulls, which List.copyOf would refuse before the request's own checks could name them.
        return changed ? Collections.unmodifiableList(Arrays.asList(elements)) : list;
    }

    /** A set has no positions a client could name, so its elements are reported under the set's own field. */
    private Set<?> set(Set<?> set, String field, AnnotatedElement declaration, List<InvalidValues.Problem> problems) {
        List<Object> elements = new ArrayList<>(set.size());
        boolean changed = false;
        for (Object element : set) {
            Object checked = walk(element, field, declaration, problems);
            elements.add(checked);
            changed |= checked != element;
        }
        if (!changed) {
            return set;
        }
        if (set instanceof SortedSet<?> sorted) {
            @SuppressWarnings("unchecked")
            SortedSet<Object> copy = new TreeSet<>((Comparator<Object>) sorted.comparator());
            copy.addAll(elements);
            return Collections.unmodifiableSortedSet(copy);
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(elements));
    }

    private Map<?, ?> map(Map<?, ?> map, String field, AnnotatedElement declaration,
                          List<InvalidValues.Problem> problems) {
        Map<Object, Object> entries = map instanceof SortedMap<?, ?> sorted
                ? newSortedMap(sorted) : new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            int before = problems.size();
            // Keys are names, checked as ordinary text; a bad key is named by the map, never quoted.
            Object key = walk(entry.getKey(), field, null, problems);
            String valueField = problems.size() == before && (key instanceof String || key instanceof Enum<?>)
                    ? child(field, key.toString()) : field;
            Object value = walk(entry.getValue(), valueField, declaration, problems);
            entries.put(key, value);
            changed |= key != entry.getKey() || value != entry.getValue();
        }
        return changed ? Collections.unmodifiableMap(entries) : map;
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> newSortedMap(SortedMap<?, ?> sorted) {
        return new TreeMap<>((Comparator<Object>) sorted.comparator());
    }

    private static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** A record type's components, their accessors and its canonical constructor, looked up once per type. */
    private record RecordShape(RecordComponent[] components, Method[] accessors, Constructor<?> canonical) {

        static RecordShape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Class<?>[] parameterTypes = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                // Request records nested in a controller are package-private; their accessors are public methods of
                // a class this package cannot otherwise reach.
                accessors[i].setAccessible(true);
                parameterTypes[i] = components[i].getType();
            }
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
                canonical.setAccessible(true);
                return new RecordShape(components, accessors, canonical);
            } catch (NoSuchMethodException impossible) {
                throw new IllegalStateException("every record has a canonical constructor: " + type, impossible);
            }
        }

        Object read(Record record, int component) {
            try {
                return accessors[component].invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("could not read " + components[component], e);
            }
        }

        Object create(Object[] values) {
            try {
                return canonical.newInstance(values);
            } catch (InvocationTargetException refused) {
                if (refused.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException("could not rebuild " + canonical.getDeclaringClass(), refused);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("could not rebuild " + canonical.getDeclaringClass(), e);
            }
        }
    }
}
