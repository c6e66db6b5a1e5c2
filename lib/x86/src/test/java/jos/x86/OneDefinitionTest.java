package jos.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The loader and the kernel compile against these declarations instead of keeping their own: no source of
 * theirs (nor lib/elf's or lib/acpi's) declares a class of this package's name, a constant of one of its names with the
 * same value written as a literal, or a literal equal to one of its distinctive values (MSR numbers above
 * 0xFFFF, address masks, the PAT layout, the PIT clock) under any name.
 */
class OneDefinitionTest {
    private static final Path ROOT = Path.of("../..");
    private static final List<Path> SOURCES = List.of(ROOT.resolve("loader/src/main/java"), ROOT.resolve("microkernel/src/main/java"),
            ROOT.resolve("microkernel/src/testkernel/java"), ROOT.resolve("lib/elf/src/main/java"), ROOT.resolve("lib/acpi/src/main/java"));
    private static final List<Class<?>> DECLARATIONS = List.of(PageTableEntry.class, SegmentDescriptor.class, Msr.class,
            ControlRegister.class, Pat.class, LocalApicRegisters.class, IoApicRegisters.class, PitPorts.class, Unsigned.class);
    /** Same name, other layout: the page-fault error code's bits (SDM vol. 3, 4.7) are not entry bits. */
    private static final Set<String> OTHER_LAYOUTS = Set.of("PageFaultError.PRESENT", "PageFaultError.USER");
    /** One constant in a declaration: {@code NAME = literal} or {@code NAME = literal << shift}. */
    private static final Pattern CONSTANT = Pattern.compile(
            "(?:static final (?:int|long) |,\\s*)([A-Z][A-Z0-9_]*)\\s*=\\s*(\\(?(?:0[xX][0-9a-fA-F_]+|[0-9][0-9_]*)[lL]?)(?:\\s*<<\\s*(\\d+))?(?=\\s*[,;])");

    @Test
    void noSourceDeclaresTheSharedConstantsAgain() throws IOException {
        Map<String, Set<Long>> byName = new HashMap<>();
        Set<Long> distinctive = new HashSet<>();
        for (Class<?> c : DECLARATIONS) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || !Modifier.isPublic(f.getModifiers())) continue;
                long value;
                try {
                    value = ((Number) f.get(null)).longValue();
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
                byName.computeIfAbsent(f.getName(), k -> new HashSet<>()).add(value);
            }
        }
        for (long v : new long[] {PageTableEntry.ADDRESS_MASK, PageTableEntry.ADDRESS_MASK_2M, PageTableEntry.ADDRESS_MASK_1G,
                Pat.LIMINE_LAYOUT, PitPorts.FREQUENCY_HZ}) distinctive.add(v);
        for (Field f : Msr.class.getDeclaredFields()) {
            if (f.getType() == int.class && f.getName().startsWith("IA32_")) {
                try {
                    long msr = f.getInt(null) & 0xffff_ffffL;
                    if (msr > 0xffff) distinctive.add(msr);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertTrue(byName.containsKey("IA32_EFER") && byName.containsKey("PRESENT"), "read the declarations: " + byName.keySet());

        List<String> problems = new ArrayList<>();
        int files = 0;
        for (Path root : SOURCES) {
            assertTrue(Files.isDirectory(root), root.toAbsolutePath().normalize() + " is missing");
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    files++;
                    problems.addAll(duplicates(file, Files.readString(file), byName, distinctive));
                }
            }
        }
        assertTrue(files > 150, "read only " + files + " sources under " + SOURCES);
        assertEquals("", String.join("\n", problems), problems.size() + " declarations repeat jos.x86's");
    }

    /** The checker itself, on a source that repeats a few declarations and one that only refers to them. */
    @Test
    void theCheckFindsRepeatedDeclarations() {
        Map<String, Set<Long>> byName = Map.of("IA32_PAT", Set.of(0x277L), "PRESENT", Set.of(1L), "SIZE_2M", Set.of(0x20_0000L));
        Set<Long> distinctive = Set.of(0xC000_0080L, 0x000F_FFFF_FFFF_F000L);
        String repeated = """
                final class PageTableEntry {
                    public static final long PRESENT = 1L << 0;
                    static final int IA32_PAT = 0x277, OTHER = 3, EFER = 0xc000_0080;
                    private static final long MASK = 0x000f_ffff_ffff_f000L;
                }
                """;
        List<String> found = duplicates(Path.of("x/PageTableEntry.java"), repeated, byName, distinctive);
        assertEquals(5, found.size(), String.join("\n", found));
        String referring = """
                final class Walk {
                    static final int IA32_PAT = Msr.IA32_PAT, EFER = Msr.IA32_EFER;
                    static final long PRESENT = 2, SIZE_2M = 0x20_0000;
                }
                """;
        List<String> found2 = duplicates(Path.of("x/Walk.java"), referring, byName, distinctive);
        assertEquals(List.of("x/Walk.java: SIZE_2M = 0x20_0000 repeats jos.x86's SIZE_2M"), found2);
    }

    private static List<String> duplicates(Path file, String text, Map<String, Set<Long>> byName, Set<Long> distinctive) {
        List<String> out = new ArrayList<>();
        String name = file.getFileName().toString().replace(".java", "");
        for (Class<?> c : DECLARATIONS) {
            if (c.getSimpleName().equals(name)) out.add(file + ": declares " + name + ", which is " + c.getName());
        }
        Matcher m = CONSTANT.matcher(text);
        while (m.find()) {
            String constant = m.group(1);
            long value = parse(m.group(2));
            if (m.group(3) != null) value <<= Integer.parseInt(m.group(3));
            Set<Long> shared = byName.getOrDefault(constant, Set.of());
            String spelled = m.group(2) + (m.group(3) != null ? " << " + m.group(3) : "");
            if (OTHER_LAYOUTS.contains(name + "." + constant)) continue;
            if (shared.contains(value) || (value >>> 32) == 0 && shared.contains((long) (int) value)) {
                out.add(file + ": " + constant + " = " + spelled + " repeats jos.x86's " + constant);
            } else if (distinctive.contains(value) || distinctive.contains(value & 0xffff_ffffL) && value == (int) value) {
                out.add(file + ": " + constant + " = " + spelled + " is a value jos.x86 declares");
            }
        }
        return out;
    }

    private static long parse(String literal) {
        String s = literal.replace("(", "").replace("_", "");
        if (s.endsWith("L") || s.endsWith("l")) s = s.substring(0, s.length() - 1);
        return s.startsWith("0x") || s.startsWith("0X") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseLong(s);
    }
}
