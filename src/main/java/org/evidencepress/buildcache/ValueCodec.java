package org.evidencepress.buildcache;

import org.evidencepress.frontmatter.PackedSources;
import org.evidencepress.links.PackedStrings;
import org.evidencepress.packing.SharedStrings;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small self-describing binary format for the values the pipeline passes between stages:
 * the project's records, text, numbers, dates, enums, lists, sets, maps and arrays. Each
 * value starts with a tag; a record names its class and writes its components in order,
 * so a record that gains or loses a component no longer reads (the cache is then ignored,
 * and the cache's version check, which hashes the program itself, makes that a rare case).
 * Anything else (an engine, a parser node) is {@link Unsupported}: such a value is never
 * stored, and the page that holds it is simply made again.
 */
final class ValueCodec {
    /** A value this format does not write; the caller builds without caching it. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String type) {
            super("cannot cache a " + type, null, false, false);
        }
    }

    /** Bytes that do not read as a value of this format. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int INT = 2;
    private static final int LONG = 3;
    private static final int DOUBLE = 4;
    private static final int TRUE = 5;
    private static final int FALSE = 6;
    private static final int DATE = 7;
    private static final int LIST = 8;
    private static final int SET = 9;
    private static final int MAP = 10;
    private static final int RECORD = 11;
    private static final int ENUM = 12;
    private static final int BYTES = 13;
    private static final int STRINGS = 14;
    private static final int BIG_INTEGER = 15;
    private static final int BIG_DECIMAL = 16;
    private static final int INTS = 17;
    private static final int DOUBLES = 18;
    private static final int LONGS = 19;
    /** A value given by its digest (only when digesting keys, see {@link KeyDigest}). */
    static final int DIGEST = 20;
    /** A string written before in the same value, by its number (only in what is kept, not in keys). */
    private static final int STRING_AGAIN = 21;
    /**
     * A review's packed Sources list as its arrays, its shared names as a value of their own,
     * decoded when first needed (only in what is kept; keys digest it as a list).
     */
    private static final int PACKED_SOURCES = 22;
    /** A page's packed anchor ids as their arrays (only in what is kept; keys digest them as a set). */
    private static final int PACKED_STRINGS = 23;
    /** A record equal to one of its class's shared constants, by the constant's name (only in what is kept). */
    private static final int CONSTANT = 24;
    /**
     * Strings up to this length are written once per value and then by number: a review's
     * link lists and the list pages' name the same few thousand addresses many times over.
     * Longer ones (a page's text) rarely repeat, and are not worth hashing to find out.
     */
    private static final int REPEATABLE_LENGTH = 512;

    /** Only the program's own records are built back from a cache file. */
    private static final String OWN_PACKAGE = "org.evidencepress.";
    /** One decoder for every packed Sources list: lists with the same one compare by their names' encodings. */
    private static final Function<byte[], Object[]> SHARED_ITEMS = ValueCodec::sharedItems;
    private static final Map<String, Class<?>> CLASSES = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Map<String, Object>> CONSTANTS = new ConcurrentHashMap<>();

    private ValueCodec() {
    }

    static byte[] encode(Object value) {
        GrowingBytes bytes = new GrowingBytes(4096);
        try (DataOutputStream out = new NamingOutput(bytes)) {
            write(out, value, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Object decode(byte[] bytes) throws Malformed {
        try {
            NamingInput in = new NamingInput(bytes);
            Object value = read(in);
            if (in.available() != 0) {
                throw new Malformed("bytes after the value");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            throw new Malformed(e.toString());
        }
    }

    /**
     * Writes {@code value}; {@code digests}, when not null, replaces records and large
     * collections by their digests (see {@link KeyDigest}).
     */
    static void write(DataOutputStream out, Object value, KeyDigest digests) throws IOException {
        byte[] digest = digests == null ? null : digests.standingFor(value);
        if (digest != null) {
            out.writeByte(DIGEST);
            out.write(digest);
            return;
        }
        writeTop(out, value, digests);
    }

    /** Writes {@code value} itself even when it would stand in by its digest; its parts may. */
    static void writeTop(DataOutputStream out, Object value, KeyDigest digests) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String s) {
            Integer before = out instanceof NamingOutput naming && s.length() <= REPEATABLE_LENGTH
                    ? naming.strings.putIfAbsent(s, naming.strings.size()) : null;
            if (before != null) {
                out.writeByte(STRING_AGAIN);
                out.writeInt(before);
            } else {
                out.writeByte(STRING);
                string(out, s);
            }
        } else if (value instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (value instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (value instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (value instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (value instanceof LocalDate d) {
            out.writeByte(DATE);
            out.writeLong(d.toEpochDay());
        } else if (value instanceof BigInteger b) {
            out.writeByte(BIG_INTEGER);
            string(out, b.toString());
        } else if (value instanceof BigDecimal b) {
            out.writeByte(BIG_DECIMAL);
            string(out, b.toString());
        } else if (value instanceof byte[] b) {
            out.writeByte(BYTES);
            bytes(out, b);
        } else if (value instanceof String[] a) {
            out.writeByte(STRINGS);
            out.writeInt(a.length);
            for (String s : a) {
                write(out, s, digests);
            }
        } else if (value instanceof int[] a) {
            out.writeByte(INTS);
            ints(out, a);
        } else if (value instanceof long[] a) {
            out.writeByte(LONGS);
            out.writeInt(a.length);
            for (long l : a) {
                out.writeLong(l);
            }
        } else if (value instanceof double[] a) {
            out.writeByte(DOUBLES);
            out.writeInt(a.length);
            for (double d : a) {
                out.writeDouble(d);
            }
        } else if (value instanceof Enum<?> e) {
            out.writeByte(ENUM);
            className(out, e.getDeclaringClass().getName());
            string(out, e.name());
        } else if (digests == null && value instanceof PackedSources packed) {
            // Read back as the same arrays: 25 records a review, each made by reflection, then packed again, cost more.
            PackedSources.Parts parts = packed.parts();
            out.writeByte(PACKED_SOURCES);
            bytes(out, parts.text());
            // The names as a value of their own, numbering their strings afresh: read only when asked for.
            GrowingBytes shared = new GrowingBytes(32 * parts.shared().length);
            try (DataOutputStream sharedOut = new NamingOutput(shared)) {
                sharedOut.writeInt(parts.shared().length);
                for (Object item : parts.shared()) {
                    write(sharedOut, item, null);
                }
            }
            bytes(out, shared.toByteArray());
            ints(out, parts.starts());
        } else if (digests == null && value instanceof PackedStrings packed) {
            // Read back as the same arrays: made anew, each id was decoded, hashed, encoded and sorted again.
            PackedStrings.Parts parts = packed.parts();
            out.writeByte(PACKED_STRINGS);
            bytes(out, parts.data());
            ints(out, parts.blockStarts());
            out.writeInt(parts.size());
            out.writeInt(parts.longest());
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                write(out, item, digests);
            }
        } else if (value instanceof Set<?> set) {
            out.writeByte(SET);
            out.writeInt(set.size());
            if (digests == null) {
                for (Object item : set) {
                    write(out, item, null);
                }
            } else {
                digests.writeElements(out, set);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            if (digests == null) {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    write(out, entry.getKey(), null);
                    write(out, entry.getValue(), null);
                }
            } else {
                digests.writeEntries(out, map);
            }
        } else if (value instanceof Record r) {
            writeRecord(out, r, digests);
        } else if (digests == null || !digests.writeOther(out, value)) {
            throw new Unsupported(value.getClass().getName());
        }
    }

    private static void writeRecord(DataOutputStream out, Record r, KeyDigest digests) throws IOException {
        Class<?> type = r.getClass();
        if (!type.getName().startsWith(OWN_PACKAGE)) {
            throw new Unsupported(type.getName());
        }
        String constant = digests == null ? constantName(r) : null;
        if (constant != null) {
            // Read back as the constant itself: a review's sources hold 25 empty details, each made by reflection.
            out.writeByte(CONSTANT);
            className(out, type.getName());
            writeTop(out, constant, null);
            return;
        }
        out.writeByte(RECORD);
        className(out, type.getName());
        Method[] accessors = accessors(type);
        out.writeShort(accessors.length);
        for (Method accessor : accessors) {
            Object component;
            try {
                component = accessor.invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new Unsupported(type.getName() + "." + accessor.getName());
            }
            write(out, component, digests);
        }
    }

    /** A record class's component accessors, in order, looked up once: each lookup makes new reflection objects. */
    static Method[] accessors(Class<?> type) {
        return ACCESSORS.computeIfAbsent(type, ValueCodec::findAccessors);
    }

    private static Method[] findAccessors(Class<?> type) {
        return java.util.Arrays.stream(type.getRecordComponents()).map(c -> {
            Method m = c.getAccessor();
            m.setAccessible(true);
            return m;
        }).toArray(Method[]::new);
    }

    /** Output that names each class once and then by number (a cached review repeats a few classes often). */
    private static final class NamingOutput extends DataOutputStream {
        final Map<String, Integer> names = new java.util.HashMap<>();
        final Map<String, Integer> strings = new java.util.HashMap<>();

        NamingOutput(java.io.OutputStream out) {
            super(out);
        }
    }

    /**
     * Input read straight from the array, with the classes and strings named so far. Through
     * a data stream over a byte stream, each number was read a byte at a time, a synchronized
     * call each, and each string was copied twice.
     */
    private static final class NamingInput {
        final List<String> names = new ArrayList<>();
        final List<String> strings = new ArrayList<>();
        private final ByteBuffer bytes;

        NamingInput(byte[] bytes) {
            this.bytes = ByteBuffer.wrap(bytes);
        }

        int readUnsignedByte() {
            return bytes.get() & 0xFF;
        }

        int readUnsignedShort() {
            return bytes.getShort() & 0xFFFF;
        }

        int readInt() {
            return bytes.getInt();
        }

        long readLong() {
            return bytes.getLong();
        }

        double readDouble() {
            return bytes.getDouble();
        }

        int available() {
            return bytes.remaining();
        }

        byte[] readNBytes(int n) {
            byte[] read = new byte[n];
            bytes.get(read);
            return read;
        }
    }

    /** A class name: in full when digesting (each part of a key stands alone), else once per value. */
    private static void className(DataOutputStream out, String name) throws IOException {
        if (!(out instanceof NamingOutput naming)) {
            string(out, name);
            return;
        }
        Integer number = naming.names.get(name);
        out.writeInt(number == null ? -1 : number);
        if (number == null) {
            string(out, name);
            naming.names.put(name, naming.names.size());
        }
    }

    private static String className(NamingInput in) throws IOException {
        int number = in.readInt();
        if (number < 0) {
            String name = string(in);
            in.names.add(name);
            return name;
        }
        if (number >= in.names.size()) {
            throw new IOException("class number " + number + " not named before");
        }
        return in.names.get(number);
    }

    static void string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(NamingInput in) throws IOException {
        return string(in.bytes);
    }

    /**
     * An item of a packed Sources list's shared part, a name met across the site: a string
     * comes from {@link SharedStrings} without being made again when one equal is held there.
     */
    private static Object sharedItem(NamingInput in) throws IOException {
        ByteBuffer bytes = in.bytes;
        if (bytes.get(bytes.position()) != STRING) {
            return read(in);
        }
        bytes.get();
        int n = length(in);
        String s = SharedStrings.of(bytes.array(), bytes.arrayOffset() + bytes.position(), n);
        bytes.position(bytes.position() + n);
        return numbered(in, s);
    }

    /** The shared part of a packed Sources list, written as a value of its own. */
    private static Object[] sharedItems(byte[] bytes) {
        NamingInput in = new NamingInput(bytes);
        try {
            Object[] items = new Object[length(in)];
            for (int i = 0; i < items.length; i++) {
                items[i] = sharedItem(in);
            }
            if (in.available() != 0) {
                throw new IOException("bytes after the names");
            }
            return items;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("a Sources list read back whose names do not read: " + e, e);
        }
    }

    /** {@code s}, numbered for {@code STRING_AGAIN} when short enough to be written again so. */
    private static String numbered(NamingInput in, String s) {
        if (s.length() <= REPEATABLE_LENGTH) {
            in.strings.add(s);
        }
        return s;
    }

    /** A string as {@link #string(DataOutputStream, String)} wrote it, decoded in place from {@code in}'s array. */
    static String string(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IOException("length " + n + " beyond the data");
        }
        String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }

    /** An array of bytes: its length, then the bytes. */
    private static void bytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** An array of numbers: its length, then each number. */
    private static void ints(DataOutputStream out, int[] numbers) throws IOException {
        out.writeInt(numbers.length);
        for (int n : numbers) {
            out.writeInt(n);
        }
    }

    /** An array {@link #ints(DataOutputStream, int[])} wrote. */
    private static int[] ints(NamingInput in) throws IOException {
        int[] numbers = new int[length(in)];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = in.readInt();
        }
        return numbers;
    }

    private static int length(NamingInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("length " + n + " beyond the data");
        }
        return n;
    }

    private static Object read(NamingInput in) throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case NULL:
                return null;
            case STRING:
                return numbered(in, string(in));
            case STRING_AGAIN: {
                List<String> before = in.strings;
                int number = in.readInt();
                if (number < 0 || number >= before.size()) {
                    throw new IOException("string number " + number + " not written before");
                }
                return before.get(number);
            }
            case INT:
                return in.readInt();
            case LONG:
                return in.readLong();
            case DOUBLE:
                return in.readDouble();
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case DATE:
                return LocalDate.ofEpochDay(in.readLong());
            case BIG_INTEGER:
                return new BigInteger(string(in));
            case BIG_DECIMAL:
                return new BigDecimal(string(in));
            case BYTES:
                return in.readNBytes(length(in));
            case STRINGS: {
                String[] a = new String[length(in)];
                for (int i = 0; i < a.length; i++) {
                    a[i] = (String) read(in);
                }
                return a;
            }
            case INTS:
                return ints(in);
            case LONGS: {
                long[] a = new long[length(in)];
                for (int i = 0; i < a.length; i++) {
                    a[i] = in.readLong();
                }
                return a;
            }
            case DOUBLES: {
                double[] a = new double[length(in)];
                for (int i = 0; i < a.length; i++) {
                    a[i] = in.readDouble();
                }
                return a;
            }
            case ENUM:
                return enumValue(className(in), string(in));
            case LIST: {
                int n = length(in);
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(read(in));
                }
                return Collections.unmodifiableList(list);
            }
            case SET: {
                int n = length(in);
                Set<Object> set = new LinkedHashSet<>();
                for (int i = 0; i < n; i++) {
                    set.add(read(in));
                }
                return Collections.unmodifiableSet(set);
            }
            case MAP: {
                int n = length(in);
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    map.put(read(in), read(in));
                }
                return Collections.unmodifiableMap(map);
            }
            case RECORD:
                return record(in);
            case CONSTANT: {
                Class<?> type = ownClass(className(in));
                Object constant = read(in) instanceof String name ? constants(type).get(name) : null;
                if (constant == null) {
                    throw new IOException("no such constant of " + type.getName());
                }
                return constant;
            }
            case PACKED_SOURCES: {
                byte[] text = in.readNBytes(length(in));
                byte[] shared = in.readNBytes(length(in));
                PackedSources sources = PackedSources.restoredLater(text, ints(in), shared, SHARED_ITEMS);
                if (sources == null) {
                    throw new IOException("a Sources list that does not read");
                }
                return sources;
            }
            case PACKED_STRINGS: {
                byte[] data = in.readNBytes(length(in));
                PackedStrings strings = PackedStrings.restored(new PackedStrings.Parts(data, ints(in), in.readInt(),
                        in.readInt()));
                if (strings == null) {
                    throw new IOException("a set of ids that does not read");
                }
                return strings;
            }
            default:
                throw new IOException("unknown tag " + tag);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(String type, String name) throws IOException {
        Class<?> c = ownClass(type);
        if (!c.isEnum()) {
            throw new IOException(type + " is not an enum");
        }
        return Enum.valueOf((Class) c, name);
    }

    private static Class<?> ownClass(String name) throws IOException {
        if (!name.startsWith(OWN_PACKAGE)) {
            throw new IOException("foreign class " + name);
        }
        Class<?> known = CLASSES.get(name);
        if (known != null) {
            return known;
        }
        try {
            Class<?> found = Class.forName(name, false, ValueCodec.class.getClassLoader());
            CLASSES.put(name, found);
            return found;
        } catch (ClassNotFoundException e) {
            throw new IOException("no class " + name);
        }
    }

    private static Object record(NamingInput in) throws IOException {
        Class<?> type = ownClass(className(in));
        if (!type.isRecord()) {
            throw new IOException(type.getName() + " is not a record");
        }
        Constructor<?> canonical = constructor(type);
        if (in.readUnsignedShort() != canonical.getParameterCount()) {
            throw new IOException(type.getName() + " has another shape");
        }
        Object[] values = new Object[canonical.getParameterCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = read(in);
        }
        try {
            // A value equal to a shared constant was written as the constant (see CONSTANT).
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IOException("cannot make a " + type.getName() + ": " + e);
        }
    }

    private static Constructor<?> constructor(Class<?> type) {
        return CONSTRUCTORS.computeIfAbsent(type, t -> {
            Class<?>[] parameters = java.util.Arrays.stream(t.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            try {
                Constructor<?> c = t.getDeclaredConstructor(parameters);
                c.setAccessible(true);
                return c;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record has its canonical constructor", e);
            }
        });
    }

    /** Whether {@code value} is one of its record class's shared constants (such as {@code NONE}). */
    static boolean isConstant(Object value) {
        return value instanceof Record && constants(value.getClass()).values().stream().anyMatch(c -> c == value);
    }

    /** The name of the shared constant of {@code value}'s class that equals it, or null. */
    private static String constantName(Record value) {
        for (Map.Entry<String, Object> constant : constants(value.getClass()).entrySet()) {
            if (constant.getValue().equals(value)) {
                return constant.getKey();
            }
        }
        return null;
    }

    /** A record class's shared constants (static final fields of its own type), by field name. */
    private static Map<String, Object> constants(Class<?> type) {
        return CONSTANTS.computeIfAbsent(type, t -> {
            Map<String, Object> found = new LinkedHashMap<>();
            for (Field f : t.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == t) {
                    try {
                        f.setAccessible(true);
                        found.put(f.getName(), f.get(null));
                    } catch (ReflectiveOperationException e) {
                        // A constant that cannot be read is written in full like any other value.
                    }
                }
            }
            return Collections.unmodifiableMap(found);
        });
    }
}
