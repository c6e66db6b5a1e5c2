package jos.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * abi.md and jos.abi describe the same ABI: every call number in {@link Calls} has its section
 * ({@code ### <number>: `<name>`}, the constant's name in lower case) with the five parts, every error in
 * {@link Errors} its row in the errors table ({@code | <value> | `<NAME>` | meaning |}), and abi.md has
 * no section, row or error name without its constant.
 */
class AbiDocumentTest {
    static final Pattern CALL_HEADING = Pattern.compile("^### (.*)$");
    static final Pattern CALL = Pattern.compile("(\\d+): `([a-z_]+)`");
    static final Pattern ERROR_ROW = Pattern.compile("^\\| (-?\\d+) \\| `([A-Z]+)` \\| (.+) \\|$");
    static final List<String> PARTS = List.of("Summary", "Arguments", "Result", "Errors", "Rights");

    /** The public static final constants of a class, by name, in declaration order. */
    static Map<String, Long> constants(Class<?> c) throws IllegalAccessException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Field f : c.getDeclaredFields()) {
            int m = f.getModifiers();
            if (!Modifier.isStatic(m) || !Modifier.isFinal(m)) continue;
            assertTrue(Modifier.isPublic(m), c.getSimpleName() + "." + f.getName() + " is public");
            out.put(f.getName(), ((Number) f.get(null)).longValue());
        }
        return out;
    }

    static List<String> abiMd() throws IOException {
        Path p = Path.of(System.getProperty("user.dir")).resolve("../../abi.md").normalize();
        assertTrue(Files.isRegularFile(p), "abi.md at the repository root: " + p);
        return Files.readAllLines(p);
    }

    /** The text of each "### " section up to the next heading, by heading. */
    static Map<String, List<String>> callSections(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines) {
            Matcher m = CALL_HEADING.matcher(line);
            if (m.matches()) {
                current = new ArrayList<>();
                out.put(m.group(1), current);
            } else if (line.startsWith("#")) {
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return out;
    }

    @Test
    void everyCallHasItsSectionAndEverySectionItsCall() throws Exception {
        Map<String, Long> calls = constants(Calls.class);
        assertFalse(calls.isEmpty());
        Map<Long, String> documented = new TreeMap<>();
        for (var section : callSections(abiMd()).entrySet()) {
            Matcher m = CALL.matcher(section.getKey());
            if (!m.matches()) fail("abi.md: a call section's heading is \"### <number>: `<name>`\", not \"### " + section.getKey() + "\"");
            long number = Long.parseLong(m.group(1));
            String name = m.group(2).toUpperCase(Locale.ROOT);
            assertTrue(documented.put(number, name) == null, "abi.md: two sections for call " + number);
            assertTrue(calls.containsKey(name), "abi.md documents call " + number + " `" + m.group(2) + "`, which jos.abi.Calls lacks");
            assertEquals(calls.get(name), number,
                    "abi.md: call `" + m.group(2) + "` has number " + number + ", jos.abi.Calls." + name + " is " + calls.get(name));
            List<String> body = section.getValue();
            int at = 0;
            for (String part : PARTS) {
                String prefix = "- **" + part + ":** ";
                while (at < body.size() && !body.get(at).startsWith(prefix)) at++;
                assertTrue(at < body.size(), "abi.md: call `" + m.group(2) + "` lacks its " + part + " (\"" + prefix + "...\", in the order "
                        + PARTS + ")");
            }
            Map<String, Long> errors = constants(Errors.class);
            for (String error : errorNames(body)) {
                assertTrue(errors.containsKey(error), "abi.md: call `" + m.group(2) + "` fails with " + error + ", which jos.abi.Errors lacks");
            }
        }
        for (var call : calls.entrySet()) {
            assertEquals(call.getKey(), documented.get(call.getValue()),
                    "jos.abi.Calls." + call.getKey() + " = " + call.getValue() + " has no section \"### " + call.getValue() + ": `"
                            + call.getKey().toLowerCase(Locale.ROOT) + "`\" in abi.md");
        }
        assertEquals(calls.size(), documented.size(), "abi.md: one section per call");
    }

    /** The error names a section's Errors part mentions (words in backquotes that look like E...). */
    static List<String> errorNames(List<String> body) {
        List<String> out = new ArrayList<>();
        boolean inErrors = false;
        for (String line : body) {
            if (line.startsWith("- **")) inErrors = line.startsWith("- **Errors:**");
            if (!inErrors) continue;
            Matcher m = Pattern.compile("`(E[A-Z]+)`").matcher(line);
            while (m.find()) out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyErrorHasItsRowAndEveryRowItsError() throws Exception {
        Map<String, Long> errors = constants(Errors.class);
        assertFalse(errors.isEmpty());
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String line : abiMd()) {
            Matcher m = ERROR_ROW.matcher(line);
            if (!m.matches()) continue;
            assertTrue(rows.put(m.group(2), Long.parseLong(m.group(1))) == null, "abi.md: two rows for " + m.group(2));
            assertTrue(errors.containsKey(m.group(2)), "abi.md's errors table has " + m.group(2) + ", which jos.abi.Errors lacks");
            assertFalse(m.group(3).isBlank(), "abi.md: " + m.group(2) + " has its meaning");
        }
        for (var e : errors.entrySet()) {
            assertEquals(e.getValue(), rows.get(e.getKey()),
                    "jos.abi.Errors." + e.getKey() + " = " + e.getValue() + " needs the row \"| " + e.getValue() + " | `" + e.getKey()
                            + "` | ... |\" in abi.md");
        }
    }

    /** Error names anywhere in abi.md's prose are errors jos.abi declares (no stale name survives a rename). */
    @Test
    void everyErrorNameInTheTextIsDeclared() throws Exception {
        Map<String, Long> errors = constants(Errors.class);
        Matcher m = Pattern.compile("`(E[A-Z]{3,})`").matcher(String.join("\n", abiMd()));
        int seen = 0;
        while (m.find()) {
            assertTrue(errors.containsKey(m.group(1)), "abi.md mentions `" + m.group(1) + "`, which jos.abi.Errors lacks");
            seen++;
        }
        assertTrue(seen >= errors.size(), "found the error names: " + seen);
    }

    @Test
    void numbersAndErrorsAreDistinctAndErrorsNegative() throws Exception {
        Map<String, Long> calls = constants(Calls.class);
        assertEquals(calls.size(), calls.values().stream().distinct().count(), "no two calls share a number: " + calls);
        for (long n : calls.values()) assertTrue(n >= 0, "call numbers are not negative: " + calls);
        Map<String, Long> errors = constants(Errors.class);
        assertEquals(errors.size(), errors.values().stream().distinct().count(), "no two errors share a value: " + errors);
        for (long e : errors.values()) assertTrue(e < 0 && e >= -4095, "errors are negated errno numbers: " + errors);
    }
}
