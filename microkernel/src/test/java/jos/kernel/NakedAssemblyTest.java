package jos.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.classfile.Annotation;
import java.lang.classfile.AnnotationValue;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jos.kernel.x86.PerCpu;

/**
 * Assembly never spells a number the Java side declares: per-CPU offsets, selectors, vectors and frame
 * offsets in {@code @Naked} strings are built from the constants (javac folds them), and the runtime's
 * kernel_entry.c takes the per-CPU layout from jos_constants.h, generated from {@link PerCpu}.
 */
class NakedAssemblyTest {
    /** What a string literal inside a {@code @Naked} annotation may not contain, and why. */
    static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("%gs:\\s*-?\\d"),                 // a per-CPU offset: PerCpu's constant
            Pattern.compile("\\$\\s*-?0[xX][0-9a-fA-F]"),     // a hex immediate: a selector or a vector
            Pattern.compile("\\bl(jmp|call)q?\\s+\\$"),       // a far jump or call with a literal selector
            Pattern.compile("-?\\d+\\s*\\(%"));                 // a displacement: a frame or structure offset

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path TEST_KERNEL = Path.of("src/testkernel/java");
    private static final Path KERNEL_ENTRY = Path.of("../toolchain/runtime/src/main/c/freestanding/kernel_entry.c");

    @Test
    void nakedAssemblyInTheKernelAndTheTestKernelHasNoLiteralOffsetOrSelector() throws IOException {
        List<String> problems = new ArrayList<>();
        int annotations = 0;
        for (Path root : List.of(MAIN, TEST_KERNEL)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    List<List<String>> naked = nakedLiterals(Files.readString(f));
                    annotations += naked.size();
                    for (List<String> literals : naked) {
                        for (String literal : literals) {
                            String why = violation(literal);
                            if (why != null) problems.add(f + ": \"" + literal + "\" (" + why + ")");
                        }
                    }
                }
            }
        }
        assertTrue(annotations >= 20, "found the @Naked methods: " + annotations);
        assertEquals(List.of(), problems, "build these from the Java constants");
    }

    @Test
    void theCheckFindsLiteralsAndAcceptsConstantExpressions() {
        String source = """
                @Naked({"movq %gs:112, %rsp", "pushq $0x1b", "ljmp $0x08, $1f", "testb $3, 144(%rsp)",
                        "movq %gs:" + PerCpu.SYSCALL_USER_RSP + ", %rsp", "pushq $" + Selectors.USER_DATA,
                        "andq $-16, %rsp", "movq (%rsp), %rsp", "leaq sym(%rip), %rax", "s(\\")\\")"})
                static native void f();
                """;
        List<List<String>> naked = nakedLiterals(source);
        assertEquals(1, naked.size());
        List<String> flagged = naked.get(0).stream().filter(l -> violation(l) != null).toList();
        assertEquals(List.of("movq %gs:112, %rsp", "pushq $0x1b", "ljmp $0x08, $1f", "testb $3, 144(%rsp)"), flagged);
        assertEquals(List.of(), nakedLiterals("/* @Naked({\"x\"}) */ static void g() {}"), "comments are skipped");
    }

    /** The compiled strings use offsets of the per-CPU block only: each %gs:N is a field of PerCpu. */
    @Test
    void everyGsOperandOfTheCompiledKernelIsAPerCpuField() throws Exception {
        Set<Integer> offsets = perCpuOffsets();
        Pattern gs = Pattern.compile("%gs:(\\d+)");
        int operands = 0;
        try (Stream<Path> files = Files.walk(Path.of("target/classes"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                ClassModel model = ClassFile.of().parse(f);
                for (MethodModel m : model.methods()) {
                    for (String line : nakedStrings(m)) {
                        Matcher matcher = gs.matcher(line);
                        while (matcher.find()) {
                            operands++;
                            assertTrue(offsets.contains(Integer.parseInt(matcher.group(1))),
                                    model.thisClass().asInternalName() + "." + m.methodName() + ": " + line);
                        }
                    }
                }
            }
        }
        assertTrue(operands >= 15, "found the GS operands: " + operands);
    }

    @Test
    void kernelEntryTakesThePerCpuLayoutFromTheGeneratedHeader() throws Exception {
        String c = Files.readString(KERNEL_ENTRY);
        assertTrue(c.contains("#include \"jos_constants.h\""), "kernel_entry.c includes the generated header");
        String code = c.replaceAll("(?s)/\\*.*?\\*/", " ");
        Matcher define = Pattern.compile("#define\\s+(\\w*(?:PER_?CPU|CPU_AREA)\\w*)").matcher(code);
        if (define.find()) fail("kernel_entry.c defines " + define.group(1) + " itself");
        Matcher displacement = Pattern.compile("\"[^\"\\n]*?\\b\\d+\\(%r\\w+\\)[^\"\\n]*\"").matcher(code);
        if (displacement.find()) fail("a literal offset in kernel_entry.c's assembly: " + displacement.group());
        Matcher use = Pattern.compile("\\bJOS_PERCPU_(\\w+)").matcher(code);
        Set<String> used = new HashSet<>();
        while (use.find()) used.add(use.group(1));
        assertTrue(used.containsAll(Set.of("SIZE", "SELF", "KERNEL_CR3", "KERNEL_STACK_TOP")), "uses " + used);
        for (String field : used) {
            Field f = PerCpu.class.getDeclaredField(field);
            assertTrue(Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()) && f.getType() == int.class,
                    "PerCpu." + field + " is an int constant");
        }
    }

    /** The values of PerCpu's offset fields. */
    private static Set<Integer> perCpuOffsets() throws IllegalAccessException {
        Set<Integer> out = new HashSet<>();
        for (Field f : PerCpu.class.getDeclaredFields()) {
            if (f.isAnnotationPresent(jos.hw.Field.class)) {
                f.setAccessible(true);
                out.add(f.getInt(null));
            }
        }
        return out;
    }

    /** The strings of a method's {@code @Naked} annotation (class-retained, so read from the class file). */
    static List<String> nakedStrings(MethodModel m) {
        List<String> out = new ArrayList<>();
        var invisible = m.findAttribute(Attributes.runtimeInvisibleAnnotations());
        if (invisible.isEmpty()) return out;
        for (Annotation a : invisible.get().annotations()) {
            if (!a.className().stringValue().equals("Ljos/hw/Naked;")) continue;
            for (var element : a.elements()) {
                if (!element.name().stringValue().equals("value")) continue;
                for (AnnotationValue v : ((AnnotationValue.OfArray) element.value()).values()) {
                    out.addAll(List.of(((AnnotationValue.OfString) v).stringValue().split("\n")));   // one element may hold several lines
                }
            }
        }
        return out;
    }

    /** Why a literal is forbidden, or null. */
    static String violation(String literal) {
        for (Pattern p : FORBIDDEN) {
            if (p.matcher(literal).find()) return "matches " + p.pattern();
        }
        return null;
    }

    /**
     * The string literals (unescaped enough for matching) of each {@code @Naked(...)} annotation in a
     * Java source, in order. Comments are skipped; parentheses inside literals do not count.
     */
    static List<List<String>> nakedLiterals(String source) {
        List<List<String>> out = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char ch = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = skipTo(source, i, "\n");
            } else if (source.startsWith("/*", i)) {
                i = skipTo(source, i + 2, "*/");
            } else if (source.startsWith("\"\"\"", i)) {
                i = skipTo(source, i + 3, "\"\"\"");
            } else if (ch == '"') {
                i = literalEnd(source, i, null);
            } else if (ch == '\'') {
                i = skipTo(source, source.charAt(i + 1) == '\\' ? i + 3 : i + 2, "'");
            } else if (source.startsWith("@Naked(", i)) {
                List<String> literals = new ArrayList<>();
                int depth = 0;
                int j = i + "@Naked".length();
                do {
                    char c = source.charAt(j);
                    if (c == '(') depth++;
                    if (c == ')') depth--;
                    if (c == '"') {
                        j = literalEnd(source, j, literals);
                    } else {
                        j++;
                    }
                } while (depth > 0);
                out.add(literals);
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int skipTo(String s, int from, String end) {
        int at = s.indexOf(end, from);
        return at < 0 ? s.length() : at + end.length();
    }

    /** The index after the string literal that opens at start; adds its text to into if given. */
    private static int literalEnd(String s, int start, List<String> into) {
        StringBuilder text = new StringBuilder();
        int j = start + 1;
        while (s.charAt(j) != '"') {
            if (s.charAt(j) == '\\') text.append(s.charAt(++j));
            else text.append(s.charAt(j));
            j++;
        }
        if (into != null) into.add(text.toString());
        return j + 1;
    }
}
