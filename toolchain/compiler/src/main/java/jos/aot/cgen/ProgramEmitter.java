package jos.aot.cgen;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jos.aot.analysis.Code;
import jos.aot.analysis.Program;
import jos.aot.model.ClassInfo;
import jos.aot.model.FieldInfo;
import jos.aot.model.MethodInfo;

/**
 * Writes the whole program as C: program.h (structs, declarations), method files, and data.c (class
 * descriptors with their vtables and itables, string literals, statics, initializers, the entry).
 */
public final class ProgramEmitter {
    final Program program;
    final Names names = new Names();
    final Layout layout;
    private final String nativesHeader;
    private final NpeMessages npeMessages;
    private final Map<String, String> strings = new LinkedHashMap<>();
    private final Set<String> arrays = new LinkedHashSet<>();
    private final Set<Character> primitives = new LinkedHashSet<>();
    private final ClassInfo mainClass;
    private final MethodInfo mainMethod;
    final jos.aot.target.Target target;
    /** Reference stores into objects and arrays dirty their card (docs/gc.md); off only to test the collector's verifier. */
    final boolean writeBarrier;
    private final List<MethodInfo> exports;
    final StaticArrays staticArrays;

    /** Methods the compiler expands inline or generates itself; they get no C body from bytecode. */
    static final Set<String> INTRINSICS = Set.of("jos/rt/Types.classOf", "jos/rt/Types.primitiveClass",
            "jos/rt/Atomics.fieldOffset");
    static final Set<String> GENERATED_NATIVES = Set.of("jos/rt/Enums.values", "jos/rt/Literals.count",
            "jos/rt/Literals.hashAt", "jos/rt/Literals.at");

    static final String NAKED = "Ljos/hw/Naked;";

    /**
     * For the symbols the runtime and assembly know by name (glue, tables, exports): kept and global under
     * link-time optimization, which cannot see a name inside an assembly string.
     */
    static final String USED = "__attribute__((used)) ";

    public ProgramEmitter(Program program, ClassInfo mainClass, MethodInfo mainMethod, String nativesHeader,
                          jos.aot.target.Target target, List<MethodInfo> exports) {
        this(program, mainClass, mainMethod, nativesHeader, target, exports, true);
    }

    public ProgramEmitter(Program program, ClassInfo mainClass, MethodInfo mainMethod, String nativesHeader,
                          jos.aot.target.Target target, List<MethodInfo> exports, boolean writeBarrier) {
        this.program = program;
        this.target = target;
        this.writeBarrier = writeBarrier;
        this.exports = exports;
        this.staticArrays = new StaticArrays(program);
        this.layout = new Layout(program);
        this.nativesHeader = nativesHeader;
        this.mainClass = mainClass;
        this.mainMethod = mainMethod;
        this.npeMessages = new NpeMessages(program);
        for (String a : program.arrayTypes) arrayClass(a);
        arrayClass("[B");
        arrayClass("[[B");
        arrayClass("[J");
    }

    /** The generated C files: name to content. */
    public Map<String, String> emit(int methodFiles) {
        // A class's methods stay together in one file, so gcc can inline a class's small helpers into
        // their callers (a static a(i, j) into the loop that calls it); classes go to the emptiest file.
        Map<ClassInfo, StringBuilder> byClass = new LinkedHashMap<>();
        for (MethodInfo m : program.reachable) {
            if (INTRINSICS.contains(m.owner.name + "." + m.name) || inlinedNative(m)) continue;
            String body = m.isNative ? (m.annotations.containsKey(NAKED) ? nakedFunction(m) : nativeWrapper(m))
                    : new MethodTranslator(this, m).translate();
            byClass.computeIfAbsent(m.owner, c -> new StringBuilder()).append(body).append('\n');
        }
        List<StringBuilder> files = new ArrayList<>();
        for (int k = 0; k < methodFiles; k++) files.add(new StringBuilder("#include \"program.h\"\n\n"));
        long[] sizes = new long[methodFiles];
        for (StringBuilder code : byClass.values()) {
            int best = 0;
            for (int k = 1; k < methodFiles; k++) if (sizes[k] < sizes[best]) best = k;
            files.get(best).append(code);
            sizes[best] += code.length();
        }
        Map<String, String> out = new LinkedHashMap<>();
        String data = data();   // before the header: it may add strings
        out.put("program.h", header());
        out.put("data.c", data);
        for (int k = 0; k < methodFiles; k++) out.put("methods" + k + ".c", files.get(k).toString());
        // The functions a stack trace shows: translated methods of classes the program declares, and @Naked
        // ones, which keep no frame record (a walk from inside one finds its return address at rsp).
        StringBuilder traced = new StringBuilder();
        for (MethodInfo m : program.reachable) {
            if (m.owner.synthetic || INTRINSICS.contains(m.owner.name + "." + m.name)) continue;
            if (m.isNative && !m.annotations.containsKey(NAKED)) continue;
            traced.append(names.method(m)).append(m.isNative ? jos.aot.trace.TraceTable.FRAMELESS_MARK : "").append('\n');
        }
        out.put(jos.aot.target.Gcc.TRACED_FUNCTIONS, traced.toString());
        return out;
    }

    // ---------------------------------------------------------------- services for translators

    /** Whether m is the program's main method. */
    boolean isMain(MethodInfo m) {
        return m == mainMethod;
    }

    /** True when the runtime's headers (natives.h, hw.h) define or declare function fn. */
    boolean hasRuntimeFunction(String fn) {
        return nativesHeader.contains(" " + fn + "(");
    }

    /** A located error when a method's signature needs floating point on a target without it. */
    void checkFloatingPoint(MethodInfo m) {
        if (target.floatingPoint()) return;
        String d = m.descriptor;
        for (String p : CTypes.parameters(d)) checkNotFloat(m, p);
        checkNotFloat(m, CTypes.returnType(d));
    }

    private void checkNotFloat(MethodInfo m, String type) {
        if (type.equals("F") || type.equals("D")) {
            throw m.error(0, m.code() != null ? program.code(m).firstLine() : 0, noFloatingPoint(type.equals("F") ? "float" : "double"));
        }
    }

    /** A located error for a synchronized method on a target without monitors. */
    void checkMonitors(MethodInfo m) {
        if (target.monitors() || !m.isSynchronized) return;
        throw m.error(0, m.code() != null ? program.code(m).firstLine() : 0, noMonitors("method"));
    }

    String noMonitors(String what) {
        return "synchronized " + what + " is not available on the " + target.name()
                + " target: there are no monitors yet, and code there runs on several CPUs at once,"
                + " so it would be a silent data race; use the kernel's own locks";
    }

    String noFloatingPoint(String what) {
        return "floating point (" + what + ") is not available on the " + target.name()
                + " target: the kernel keeps no x87/SSE state, so no float or double may be used";
    }

    String stringLiteral(String s) {
        return "(jobject)&" + strings.computeIfAbsent(s, k -> "jstr_" + strings.size());
    }

    String arrayClass(String descriptor) {
        String d = descriptor;
        while (d.startsWith("[")) {
            arrays.add(d);
            d = d.substring(1);
        }
        return names.arrayClassObject(descriptor);
    }

    String primitiveClass(char kind) {
        primitives.add(kind);
        return names.primitiveClassObject(kind);
    }

    String classObjectFor(String descriptor) {
        if (descriptor.startsWith("[")) return arrayClass(descriptor);
        return names.classObject(program.get(descriptor.substring(1, descriptor.length() - 1)));
    }

    private int displayWidth = -1;

    /**
     * Entries in every class's display: one past the deepest class, the rest NULL, so that a class test
     * reads display[depth] of any object's class without comparing depths (jrt_is_class_at).
     */
    int displayWidth() {
        if (displayWidth < 0) {
            int w = 1;
            for (ClassInfo c : program.classes().values()) if (!c.isInterface) w = Math.max(w, depth(c) + 1);
            displayWidth = w;
        }
        return displayWidth;
    }

    /** C test that the object's class (klass expression) is assignable to c. */
    String classTest(String klass, ClassInfo c) {
        if (c.isInterface) return "jrt_implements_at(" + klass + ", &" + names.classObject(c) + ", " + layout.itableIndex(c) + ")";
        if (c.name.equals("java/lang/Object")) return "1";
        if (c.isFinal) return "(" + klass + " == &" + names.classObject(c) + ")";
        return "jrt_is_class_at(" + klass + ", &" + names.classObject(c) + ", " + depth(c) + ")";
    }

    String instanceTest(String obj, ClassInfo c) {
        return "(" + obj + " != NULL && " + classTest(obj + "->klass", c) + ")";
    }

    String throwCall(String name, String args) {
        ClassInfo thr = program.get("jos/rt/Throw");
        for (MethodInfo m : thr.methods.values()) {
            if (m.name.equals(name)) return names.method(m) + "(" + args + ")";
        }
        throw new IllegalStateException("jos.rt.Throw." + name + " is missing from the runtime");
    }

    String npeMessage(Code code, int i) {
        String msg = npeMessages.describe(code, i);
        return msg == null ? "NULL" : stringLiteral(msg);
    }

    private ThrowFreedom throwFreedom;

    /**
     * True when a call to m can never leave an exception pending, so the call site needs no test
     * (ThrowFreedom: the whole-program analysis; such a method keeps no frame and has no stack check).
     */
    boolean cannotThrow(MethodInfo m) {
        return throwFreedom().cannotThrow(m);
    }

    private ThrowFreedom throwFreedom() {
        if (throwFreedom == null) throwFreedom = new ThrowFreedom(this);
        return throwFreedom;
    }

    private StackChecks stackChecks;

    /** Whether m keeps the stack-limit check on entry (StackChecks). */
    boolean keepsStackCheck(MethodInfo m) {
        if (stackChecks == null) stackChecks = new StackChecks(this, target.uncheckedStackDepth());
        return stackChecks.keepsCheck(m);
    }

    /** Whether the call at instruction i (stack shape st) reaches only methods that cannot throw. */
    boolean callCannotThrow(Code code, int i, String st) {
        return throwFreedom().callHeight(code, i, st) >= 0;
    }

    /** Whether code in class current must initialize c before touching it (static access, static call). */
    boolean triggersInit(ClassInfo current, ClassInfo c) {
        return needsInit(c) && current != c && (c.isInterface || !current.isSubclassOf(c)) && !initializedAtStart(c);
    }

    static final String INIT_AT_START = "Ljos/rt/InitAtStart;";

    /**
     * A runtime class marked {@code @jos.rt.InitAtStart} whose initializer is reachable, on a target entered
     * only by main(String[]): jprogram_main initializes it before anything else runs, so no code needs to test
     * it (the annotation promises its initializer has no effect outside its own statics).
     */
    boolean initializedAtStart(ClassInfo c) {
        if (target.entry() != jos.aot.target.Target.Entry.MAIN_WITH_ARGS || c.isInterface || !needsInit(c)) return false;
        MethodInfo init = c.method("<clinit>()V");
        if (init == null || !program.reachable.contains(init)) return false;
        if (c.superclass != null && needsInit(c.superclass) && !initializedAtStart(c.superclass)) return false;
        return jos.aot.model.Annotations.of(c.model).containsKey(INIT_AT_START);
    }

    boolean nativeInline(MethodInfo m) {
        return nativeDefinedInline(m);
    }

    boolean needsInit(ClassInfo c) {
        MethodInfo clinit = c.method("<clinit>()V");
        if (clinit != null && !staticArrays.replaceAll(program, clinit)) return true;
        if (c.isInterface) return false;
        if (c.superclass != null && needsInit(c.superclass)) return true;
        for (ClassInfo i : c.interfaces) if (initializesWith(i)) return true;
        return false;
    }

    /** An interface initialized along with a class that implements it: one declaring default methods (JLS 12.4.1). */
    private boolean initializesWith(ClassInfo iface) {
        boolean hasDefault = false;
        for (MethodInfo m : iface.methods.values()) if (!m.isAbstract && !m.isStatic && !m.isClassInit()) hasDefault = true;
        if (hasDefault && needsInit(iface)) return true;
        for (ClassInfo i : iface.interfaces) if (initializesWith(i)) return true;
        return false;
    }

    String sourcePath(ClassInfo c) {
        String file = c.sourceFile == null ? c.name.substring(c.name.lastIndexOf('/') + 1) + ".java" : c.sourceFile;
        int slash = c.name.lastIndexOf('/');
        return slash < 0 ? file : c.name.substring(0, slash + 1) + file;
    }

    private static int depth(ClassInfo c) {
        int d = 0;
        for (ClassInfo k = c.superclass; k != null; k = k.superclass) d++;
        return d;
    }

    // ---------------------------------------------------------------- natives

    /** A {@code @Naked static native} method: its annotation's assembly is the whole function. */
    private String nakedFunction(MethodInfo m) {
        checkFloatingPoint(m);
        if (!m.isStatic) throw m.error(0, 0, "@Naked method " + m + " must be static native");
        var naked = m.annotations.get(NAKED);
        @SuppressWarnings("unchecked")
        List<Object> lines = (List<Object>) naked.get("value");
        String symbol = (String) naked.get("symbol");
        StringBuilder asm = new StringBuilder();
        if (symbol != null && !symbol.isEmpty()) asm.append(".globl ").append(symbol).append("\\n").append(symbol).append(":\\n");
        for (Object element : lines) {
            // An element may hold several lines (a shared sequence declared once as a constant).
            for (String line : ((String) element).split("\n")) {
                asm.append("    ").append(line.replace("\\", "\\\\").replace("\"", "\\\"")).append("\\n");
            }
        }
        String ret = CTypes.ofKind(CTypes.kind(CTypes.returnType(m.descriptor)));
        return "__attribute__((naked, used, noinline)) " + ret + " " + names.method(m) + "("
                + CTypes.prototypeParams(m.descriptor, true, true) + ") {\n    __asm__ volatile(\"" + asm + "\");\n}\n";
    }

    /**
     * A static native whose C function natives.h defines inline (Math.sqrt, the bit counts): its wrapper
     * goes into program.h as a static inline function, so every file inlines it instead of calling a
     * wrapper that may sit in another file.
     */
    private boolean inlinedNative(MethodInfo m) {
        if (!m.isNative || !m.isStatic || m.annotations.containsKey(NAKED)) return false;
        return !GENERATED_NATIVES.contains(m.owner.name + "." + m.name) && nativeDefinedInline(m);
    }

    /** True when natives.h defines native m's C function inline ("static inline ... fn(" on one line). */
    private boolean nativeDefinedInline(MethodInfo m) {
        String fn = Names.nativeFunction(m);
        return nativesHeader.lines().anyMatch(l -> l.startsWith("static inline") && l.contains(" " + fn + "("));
    }

    private String nativeWrapper(MethodInfo m) {
        return "#line 1 \"" + sourcePath(m.owner) + "\"\n" + nativeWrapper(m, "");
    }

    private String nativeWrapper(MethodInfo m, String linkage) {
        checkFloatingPoint(m);
        String key = m.owner.name + "." + m.name;
        String fn = Names.nativeFunction(m);
        if (!GENERATED_NATIVES.contains(key) && !nativesHeader.contains(" " + fn + "(")) {
            throw m.error(0, 0, "native method " + m.owner.binaryName() + "." + m.name + m.descriptor
                    + " has no implementation: the runtime's natives.h declares no " + fn);
        }
        String ret = CTypes.ofKind(CTypes.kind(CTypes.returnType(m.descriptor)));
        List<String> args = new ArrayList<>();
        int n = CTypes.parameters(m.descriptor).size() + (m.isStatic ? 0 : 1);
        for (int k = 0; k < n; k++) args.add("p" + k);
        return linkage + ret + " " + names.method(m) + "(" + CTypes.prototypeParams(m.descriptor, m.isStatic, true) + ") {\n    "
                + (ret.equals("void") ? "" : "return ") + fn + "(" + String.join(", ", args) + ");\n}\n";
    }

    // ---------------------------------------------------------------- program.h

    private List<ClassInfo> classesInHierarchyOrder() {
        List<ClassInfo> out = new ArrayList<>();
        Set<ClassInfo> done = new LinkedHashSet<>();
        for (ClassInfo c : program.classes().values()) addInOrder(c, out, done);
        return out;
    }

    private static void addInOrder(ClassInfo c, List<ClassInfo> out, Set<ClassInfo> done) {
        if (done.contains(c)) return;
        if (c.superclass != null) addInOrder(c.superclass, out, done);
        done.add(c);
        out.add(c);
    }

    private String header() {
        StringBuilder h = new StringBuilder();
        h.append("/* Generated by the jos AOT compiler. */\n#ifndef PROGRAM_H\n#define PROGRAM_H\n");
        h.append("#include \"jrt.h\"\n#include \"natives.h\"\n#include \"hw.h\"\n\n");
        for (ClassInfo c : classesInHierarchyOrder()) {
            if (c.isInterface) continue;
            h.append("struct ").append(names.struct(c)).append(" {\n");
            if (c.superclass == null) h.append("    jobject_s hdr;\n");
            else h.append("    struct ").append(names.struct(c.superclass)).append(" super;\n");
            for (FieldInfo f : c.fields) {
                if (f.isStatic) continue;
                h.append("    ").append(CTypes.storage(f.descriptor)).append(' ').append(names.instanceField(f)).append(";\n");
            }
            h.append("};\n");
        }
        h.append('\n');
        for (ClassInfo c : program.classes().values()) {
            h.append("extern jclass_s ").append(names.classObject(c)).append(";\n");
            if (needsInit(c)) {
                h.append("extern uint8_t ").append(names.initState(c)).append(";\n");
                h.append("void ").append(names.initFunction(c)).append("(void);\n");
            }
            for (FieldInfo f : c.fields) {
                if (f.isStatic) h.append("extern ").append(CTypes.storage(f.descriptor)).append(' ').append(names.staticField(f)).append(";\n");
            }
        }
        for (String a : arrays) h.append("extern jclass_s ").append(names.arrayClassObject(a)).append(";\n");
        for (char p : "ZBCSIJFDV".toCharArray()) h.append("extern jclass_s ").append(names.primitiveClassObject(p)).append(";\n");
        h.append('\n');
        for (MethodInfo m : program.reachable) {
            if (INTRINSICS.contains(m.owner.name + "." + m.name)) continue;
            if (inlinedNative(m)) {
                h.append(nativeWrapper(m, "static inline "));
            } else {
                h.append(CTypes.ofKind(CTypes.kind(CTypes.returnType(m.descriptor)))).append(' ').append(names.method(m))
                        .append('(').append(CTypes.prototypeParams(m.descriptor, m.isStatic, false)).append(");\n");
            }
            if (!m.owner.synthetic) h.append("extern const jmethod_meta ").append(names.meta(m)).append(";\n");
            if (GENERATED_NATIVES.contains(m.owner.name + "." + m.name)) {
                h.append(CTypes.ofKind(CTypes.kind(CTypes.returnType(m.descriptor)))).append(' ').append(Names.nativeFunction(m))
                        .append('(').append(CTypes.prototypeParams(m.descriptor, m.isStatic, false)).append(");\n");
            }
        }
        h.append('\n');
        for (var e : strings.entrySet()) {
            h.append("extern struct ").append(names.struct(program.get("java/lang/String"))).append(' ').append(e.getValue()).append(";\n");
        }
        h.append("\n#endif\n");
        return h.toString();
    }

    // ---------------------------------------------------------------- data.c

    private String data() {
        StringBuilder d = new StringBuilder("#include \"program.h\"\n\n");
        // The itable of classes that implement no interface: empty entries, as wide as every itable (Layout.itableWidth).
        d.append("static const jitable_entry jrt_itable_none[").append(layout.itableWidth()).append("];\n\n");
        ClassInfo stringClass = program.get("java/lang/String");
        ClassInfo classClass = program.get("java/lang/Class");
        String classClassObj = names.classObject(classClass);
        // Method metadata for stack traces. The trace table, compiled after the first link, names them: kept
        // and global, so link-time optimization makes the same image with the table as without it.
        for (MethodInfo m : program.reachable) {
            if (m.owner.synthetic || INTRINSICS.contains(m.owner.name + "." + m.name)) continue;
            d.append(USED).append("const jmethod_meta ").append(names.meta(m)).append(" = { ")
                    .append(stringLiteral(m.owner.binaryName())).append(", ").append(stringLiteral(m.name)).append(", ")
                    .append(m.owner.sourceFile == null ? "NULL" : stringLiteral(m.owner.sourceFile)).append(" };\n");
        }
        // Arrays built at compile time, then statics and initializers.
        for (StaticArrays.Initializer a : staticArrays.all().values()) d.append(staticArray(a));
        StringBuilder inits = new StringBuilder();
        for (ClassInfo c : program.classes().values()) {
            for (FieldInfo f : c.fields) {
                if (!f.isStatic) continue;
                d.append(CTypes.storage(f.descriptor)).append(' ').append(names.staticField(f));
                if (f.constantValue != null) d.append(" = ").append(constant(f));
                else if (staticArrays.all().containsKey(f)) d.append(" = (jobject)&").append(names.staticField(f)).append("_data.h");
                d.append(";\n");
            }
            if (needsInit(c)) inits.append(initFunction(c));
        }
        // Class descriptors.
        StringBuilder cls = new StringBuilder();
        int id = 0;
        List<String> table = new ArrayList<>();
        for (ClassInfo c : program.classes().values()) {
            cls.append(descriptor(c, classClassObj, id++));
            table.add(names.classObject(c));
        }
        for (String a : new ArrayList<>(arrays)) {
            char comp = a.charAt(1);
            if (comp != 'L' && comp != '[') primitives.add(comp);
        }
        for (char p : primitives) cls.append(primitiveDescriptor(p, classClassObj));
        for (String a : new ArrayList<>(arrays)) {
            cls.append(arrayDescriptor(a, classClassObj, id++));
            table.add(names.arrayClassObject(a));
        }
        cls.append(USED + "const jclass_s *const jrt_class_table[] = {\n");
        for (String t : table) cls.append("    &").append(t).append(",\n");
        cls.append("};\n" + USED + "const uint32_t jrt_class_count = ").append(table.size()).append(";\n\n");

        StringBuilder entry = entry();
        StringBuilder glue = glue();
        glue.append(literalLookup());
        // Strings last: everything above may have added some.
        StringBuilder str = new StringBuilder();
        String arrB = names.arrayClassObject("[B");
        for (var e : strings.entrySet()) {
            String s = e.getKey();
            boolean latin1 = s.chars().allMatch(ch -> ch <= 0xFF);
            byte[] bytes = latin1 ? s.getBytes(StandardCharsets.ISO_8859_1) : utf16le(s);
            str.append("static struct { jarray_s h; uint8_t d[").append(Math.max(bytes.length, 1)).append("]; } ")
                    .append(e.getValue()).append("_v = { { { &").append(arrB).append(", JOBJ_STATIC, 0 }, ")
                    .append(bytes.length).append(", 0 }, ").append(cBytes(bytes)).append(" };\n");
            str.append("struct ").append(names.struct(stringClass)).append(' ').append(e.getValue())
                    .append(" = { .super = { .hdr = { &").append(names.classObject(stringClass)).append(", JOBJ_STATIC, 0 } }, .f_value = (jobject)&")
                    .append(e.getValue()).append("_v, .f_coder = ").append(latin1 ? 0 : 1).append(" };\n");
        }
        return d.append('\n').append(str).append('\n').append(inits).append(cls).append(glue).append(entry).toString();
    }

    /** A compile-time array: header and elements as one initialized object, aligned so element 0 is. */
    private String staticArray(StaticArrays.Initializer a) {
        String elem = switch (a.kind()) {
            case 'Z', 'B' -> "int8_t";
            case 'C' -> "uint16_t";
            case 'S' -> "int16_t";
            case 'I' -> "int32_t";
            default -> "int64_t";
        };
        String cls = arrayClass("[" + a.kind());
        int pad = (a.align() - JARRAY_DATA_OFFSET % a.align()) % a.align();
        StringBuilder sb = new StringBuilder("static struct { ");
        if (pad > 0) sb.append("uint8_t pad[").append(pad).append("]; ");
        sb.append("jarray_s h; ");
        if (a.values().length > 0) sb.append(elem).append(" d[").append(a.values().length).append("]; ");
        // The attributes follow the declarator: placed after the closing brace they would apply to the type.
        sb.append("} ").append(names.staticField(a.field())).append("_data __attribute__((");
        if (a.section() != null) sb.append("section(\"").append(a.section()).append("\"), ");
        sb.append("aligned(").append(a.align()).append("), used)) = { ");
        if (pad > 0) sb.append("{ 0 }, ");
        sb.append("{ { &").append(cls).append(", JOBJ_STATIC, 0 }, ").append(a.values().length).append(", 0 }");
        if (a.values().length > 0) {
            sb.append(", { ");
            for (long v : a.values()) sb.append(a.kind() == 'J' ? longLiteral(v) : intLiteral((int) v)).append(", ");
            sb.append("}");
        }
        return sb.append(" };\n").toString();
    }

    private static final int JARRAY_DATA_OFFSET = 24;

    /** Bytes as a C string literal (no terminator is stored: the array is sized exactly). */
    private static String cBytes(byte[] bytes) {
        if (bytes.length == 0) return "{ 0 }";
        StringBuilder sb = new StringBuilder(bytes.length * 2 + 2).append('"');
        boolean lastWasHex = false;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '?' && !(lastWasHex && isHexDigit(c))) {
                sb.append((char) c);
                lastWasHex = false;
            } else {
                sb.append("\\x").append(Integer.toHexString(c));
                lastWasHex = true;
            }
        }
        return sb.append('"').toString();
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Raw UTF-16 code units, unpaired surrogates included (a charset encoder would replace them). */
    private static byte[] utf16le(String s) {
        byte[] b = new byte[2 * s.length()];
        for (int i = 0; i < s.length(); i++) {
            b[2 * i] = (byte) s.charAt(i);
            b[2 * i + 1] = (byte) (s.charAt(i) >> 8);
        }
        return b;
    }

    private String constant(FieldInfo f) {
        Object v = f.constantValue;
        return switch (f.descriptor) {
            case "J" -> longLiteral(((Number) v).longValue());
            case "F" -> floatLiteral(((Number) v).floatValue());
            case "D" -> doubleLiteral(((Number) v).doubleValue());
            case "Ljava/lang/String;" -> stringLiteral((String) v);
            case "Z", "B", "C", "S", "I" -> intLiteral(((Number) v).intValue());
            default -> "0";
        };
    }

    private String initFunction(ClassInfo c) {
        String state = names.initState(c);
        StringBuilder f = new StringBuilder();
        f.append("uint8_t ").append(state).append(";\n");
        f.append("void ").append(names.initFunction(c)).append("(void) {\n");
        f.append("    if (").append(state).append(" == JINIT_DONE || ").append(state).append(" == JINIT_RUNNING) return;\n");
        f.append("    if (").append(state).append(" == JINIT_FAILED) { jobject e_ = ")
                .append(throwCall("initializerFailedBefore", stringLiteral(c.binaryName())))
                .append("; if (jrt_pending == NULL) jrt_pending = e_; return; }\n");
        f.append("    ").append(state).append(" = JINIT_RUNNING;\n");
        List<ClassInfo> first = new ArrayList<>();
        if (!c.isInterface) {
            if (c.superclass != null && needsInit(c.superclass)) first.add(c.superclass);
            for (ClassInfo i : c.interfaces) if (initializesWith(i)) first.add(i);
        }
        for (ClassInfo s : first) {
            f.append("    ").append(names.initFunction(s)).append("(); if (JEXC()) { ").append(state).append(" = JINIT_FAILED; return; }\n");
        }
        MethodInfo clinit = c.method("<clinit>()V");
        if (clinit != null && program.reachable.contains(clinit)) {
            f.append("    ").append(names.method(clinit)).append("();\n");
            f.append("    if (JEXC()) { jobject t_ = jrt_pending; jrt_pending = NULL; jobject e_ = ")
                    .append(throwCall("initializerFailed", "t_")).append("; if (jrt_pending == NULL) jrt_pending = e_; ")
                    .append(state).append(" = JINIT_FAILED; return; }\n");
        }
        f.append("    ").append(state).append(" = JINIT_DONE;\n}\n\n");
        return f.toString();
    }

    private String descriptor(ClassInfo c, String classClassObj, int id) {
        String obj = names.classObject(c);
        StringBuilder d = new StringBuilder();
        // Display: ancestors by depth.
        List<ClassInfo> chain = new ArrayList<>();
        if (!c.isInterface) for (ClassInfo k = c; k != null; k = k.superclass) chain.add(0, k);
        else chain.add(program.get("java/lang/Object"));
        d.append("static const jclass_s *const ").append(obj).append("_display[").append(displayWidth()).append("] = { ");
        for (ClassInfo k : chain) d.append('&').append(names.classObject(k)).append(", ");
        d.append("};\n");
        // Itable.
        Set<ClassInfo> ifaces = Program.allInterfaces(c);
        boolean instantiable = program.instantiated.contains(c);
        List<ClassInfo> itable = c.isInterface ? List.of() : layout.itableOf(ifaces);
        if (!itable.isEmpty()) {
            for (ClassInfo i : ifaces) {
                d.append("static void *const ").append(obj).append("_it").append(layout.itableIndex(i)).append("[] = { ");
                for (String sel : layout.interfaceMethods(i)) d.append(slotEntry(c, sel, instantiable)).append(", ");
                d.append("NULL };\n");
            }
            // Each interface at its whole-program index (Layout.itableIndex), gaps empty.
            d.append("static const jitable_entry ").append(obj).append("_itable[] = { ");
            for (ClassInfo i : itable) {
                if (i == null) d.append("{ NULL, NULL }, ");
                else d.append("{ &").append(names.classObject(i)).append(", ").append(obj).append("_it").append(layout.itableIndex(i)).append(" }, ");
            }
            d.append("};\n");
        }
        // Reference fields, for the collector.
        List<String> refs = new ArrayList<>();
        if (!c.isInterface) {
            for (ClassInfo k = c; k != null; k = k.superclass) {
                StringBuilder path = new StringBuilder();
                for (ClassInfo p = c; p != k; p = p.superclass) path.append("super.");
                for (FieldInfo f : k.fields) {
                    if (!f.isStatic && f.isReference()) refs.add("offsetof(struct " + names.struct(c) + ", " + path + names.instanceField(f) + ")");
                }
            }
        }
        if (!refs.isEmpty()) d.append("static const uint32_t ").append(obj).append("_refs[] = { ").append(String.join(", ", refs)).append(" };\n");
        int flags = (c.isInterface ? 1 : 0) | (c.isAbstract && !c.isInterface ? 8 : 0) | (c.isEnum ? 16 : 0) | (c.isRecord ? 32 : 0)
                | (isThrowable(c) ? 128 : 0)
                | (c.isMember ? 256 : 0) | (c.isLocal ? 512 : 0) | (c.isAnonymous ? 1024 : 0);
        d.append("jclass_s ").append(obj).append(" = {\n");
        d.append("    .hdr = { &").append(classClassObj).append(", JOBJ_STATIC, 0 },\n");
        d.append("    .name = ").append(stringLiteral(c.binaryName())).append(",\n");
        d.append("    .simple_name = ").append(stringLiteral(c.simpleName)).append(",\n");
        d.append("    .super = ").append(c.superclass == null || c.isInterface ? "NULL" : "&" + names.classObject(c.superclass)).append(",\n");
        d.append("    .display = ").append(obj).append("_display,\n");
        d.append(arrayOf("[L" + c.name + ";"));
        if (c.enclosingName != null && program.classes().containsKey(c.enclosingName)) {
            d.append("    .enclosing = &").append(names.classObject(program.classes().get(c.enclosingName))).append(",\n");
        }
        d.append("    .itable = ").append(itable.isEmpty() ? "jrt_itable_none" : obj + "_itable").append(",\n");
        if (!refs.isEmpty()) d.append("    .ref_offsets = ").append(obj).append("_refs,\n");
        d.append("    .flags = ").append(flags).append(",\n");
        d.append("    .depth = ").append(c.isInterface ? 0 : chain.size() - 1).append(",\n");
        d.append("    .instance_size = ").append(c.isInterface ? "0" : "sizeof(struct " + names.struct(c) + ")").append(",\n");
        d.append("    .n_itable = ").append(itable.size()).append(",\n");
        d.append("    .n_refs = ").append(refs.size()).append(",\n");
        d.append("    .id = ").append(id).append(",\n");
        d.append("    .vtable = { ");
        if (!c.isInterface) for (String sel : layout.vtable(c)) d.append(slotEntry(c, sel, instantiable)).append(", ");
        d.append("}\n};\n\n");
        return d.toString();
    }

    /** The array_of initializer naming the array class with this descriptor, if the program has it. */
    private String arrayOf(String arrayDescriptor) {
        return arrays.contains(arrayDescriptor) ? "    .array_of = &" + names.arrayClassObject(arrayDescriptor) + ",\n" : "";
    }

    private boolean isThrowable(ClassInfo c) {
        for (ClassInfo k = c; k != null; k = k.superclass) if (k.name.equals("java/lang/Throwable")) return true;
        return false;
    }

    private String slotEntry(ClassInfo c, String selector, boolean instantiable) {
        MethodInfo m = program.resolveVirtual(c, selector);
        if (m == null || m.isAbstract || !program.reachable.contains(m)) return "NULL";
        return "(void *)&" + names.method(m);
    }

    private String primitiveDescriptor(char p, String classClassObj) {
        String name = switch (p) {
            case 'Z' -> "boolean";
            case 'B' -> "byte";
            case 'C' -> "char";
            case 'S' -> "short";
            case 'I' -> "int";
            case 'J' -> "long";
            case 'F' -> "float";
            case 'D' -> "double";
            case 'V' -> "void";
            default -> throw new IllegalStateException("primitive " + p);
        };
        int size = switch (p) {
            case 'V' -> 0;
            case 'Z', 'B' -> 1;
            case 'C', 'S' -> 2;
            case 'I', 'F' -> 4;
            default -> 8;
        };
        String obj = names.primitiveClassObject(p);
        return "static const jclass_s *const " + obj + "_display[" + displayWidth() + "] = { NULL };\n"
                + "jclass_s " + obj + " = { .hdr = { &" + classClassObj + ", JOBJ_STATIC, 0 }, .name = " + stringLiteral(name)
                + ", .simple_name = " + stringLiteral(name) + ", .display = " + obj + "_display, .itable = jrt_itable_none, " + arrayOf("[" + p)
                + " .flags = 4, .instance_size = "
                + size + " };\n\n";
    }

    private String arrayDescriptor(String a, String classClassObj, int id) {
        String obj = names.arrayClassObject(a);
        ClassInfo object = program.get("java/lang/Object");
        String comp = a.substring(1);
        String compObj = comp.startsWith("[") ? names.arrayClassObject(comp)
                : comp.startsWith("L") ? names.classObject(program.get(comp.substring(1, comp.length() - 1)))
                : names.primitiveClassObject(comp.charAt(0));
        int elemSize = switch (comp.charAt(0)) {
            case 'Z', 'B' -> 1;
            case 'C', 'S' -> 2;
            case 'I', 'F' -> 4;
            case 'J', 'D' -> 8;
            default -> 8;
        };
        boolean refArray = comp.startsWith("L") || comp.startsWith("[");
        StringBuilder d = new StringBuilder();
        List<ClassInfo> ifaces = layout.itableOf(new java.util.LinkedHashSet<>(layout.arrayInterfaces()));
        if (!ifaces.isEmpty()) {
            d.append("static const jitable_entry ").append(obj).append("_itable[] = { ");
            for (ClassInfo i : ifaces) d.append(i == null ? "{ NULL, NULL }, " : "{ &" + names.classObject(i) + ", NULL }, ");
            d.append("};\n");
        }
        d.append("static const jclass_s *const ").append(obj).append("_display[").append(displayWidth()).append("] = { &")
                .append(names.classObject(object)).append(" };\n");
        d.append("jclass_s ").append(obj).append(" = {\n");
        d.append("    .hdr = { &").append(classClassObj).append(", JOBJ_STATIC, 0 },\n");
        d.append("    .name = ").append(stringLiteral(arrayBinaryName(a))).append(",\n");
        d.append("    .simple_name = ").append(stringLiteral(arraySimpleName(a))).append(",\n");
        d.append("    .super = &").append(names.classObject(object)).append(",\n");
        d.append("    .component = &").append(compObj).append(",\n");
        d.append("    .display = ").append(obj).append("_display,\n");
        d.append(arrayOf("[" + a));
        d.append("    .itable = ").append(ifaces.isEmpty() ? "jrt_itable_none" : obj + "_itable").append(",\n");
        d.append("    .flags = ").append(2 | (refArray ? 64 : 0)).append(",\n");
        d.append("    .instance_size = ").append(elemSize).append(",\n");
        d.append("    .n_itable = ").append(ifaces.size()).append(",\n");
        d.append("    .id = ").append(id).append(",\n");
        d.append("    .vtable = { ");
        for (String sel : layout.vtable(object)) d.append(slotEntry(object, sel, true)).append(", ");
        d.append("}\n};\n\n");
        return d.toString();
    }

    private static String arrayBinaryName(String a) {
        return a.replace('/', '.');
    }

    private String arraySimpleName(String a) {
        String comp = a.substring(1);
        if (comp.startsWith("[")) return arraySimpleName(comp) + "[]";
        if (comp.startsWith("L")) return program.get(comp.substring(1, comp.length() - 1)).simpleName + "[]";
        return switch (comp.charAt(0)) {
            case 'Z' -> "boolean[]";
            case 'B' -> "byte[]";
            case 'C' -> "char[]";
            case 'S' -> "short[]";
            case 'I' -> "int[]";
            case 'J' -> "long[]";
            case 'F' -> "float[]";
            default -> "double[]";
        };
    }

    private StringBuilder glue() {
        StringBuilder g = new StringBuilder();
        g.append(USED + "jobject jglue_out_of_memory(void) { return ").append(throwCall("outOfMemory", "")).append("; }\n");
        g.append(USED + "jobject jglue_stack_overflow(void) { return ").append(throwCall("stackOverflow", "")).append("; }\n");
        g.append(USED + "void jrt_no_receiver(void) { jrt_fatal(\"virtual call with no possible receiver\"); }\n");
        String stringStruct = "struct " + names.struct(program.get("java/lang/String"));
        g.append(USED + "const uint32_t jglue_string_value_offset = offsetof(").append(stringStruct).append(", f_value);\n");
        g.append(USED + "const uint32_t jglue_string_coder_offset = offsetof(").append(stringStruct).append(", f_coder);\n");
        for (MethodInfo m : exports) g.append(exportWrapper(m));
        for (MethodInfo m : program.reachable) {
            if (!(m.owner.name + "." + m.name).equals("jos/rt/Enums.values")) continue;
            g.append("jobject ").append(Names.nativeFunction(m)).append("(jobject cls) {\n");
            for (ClassInfo c : program.classes().values()) {
                FieldInfo values = c.isEnum ? c.field("$VALUES", "[L" + c.name + ";") : null;
                if (values == null) continue;
                g.append("    if (cls == (jobject)&").append(names.classObject(c)).append(") {\n");
                if (needsInit(c)) {
                    g.append("        if (").append(names.initState(c)).append(" != JINIT_DONE) { ").append(names.initFunction(c))
                            .append("(); if (JEXC()) return NULL; }\n");
                }
                g.append("        return ").append(names.staticField(values)).append(";\n    }\n");
            }
            g.append("    return NULL;\n}\n");
        }
        return g;
    }

    /**
     * The C-ABI entry point of an {@code @Export} method: initializes its class, calls it, and treats an
     * exception that escapes it as fatal (no Java caller exists to receive it). The tests cost nothing on
     * the way through once the class is initialized and where the method cannot throw (ThrowFreedom):
     * entries such as the kernel's system-call paths run on every call.
     */
    private String exportWrapper(MethodInfo m) {
        String symbol = (String) m.annotations.get(jos.aot.Compiler.EXPORT_DESCRIPTOR).get("value");
        String ret = CTypes.ofKind(CTypes.kind(CTypes.returnType(m.descriptor)));
        int n = CTypes.parameters(m.descriptor).size();
        List<String> args = new ArrayList<>();
        for (int k = 0; k < n; k++) args.add("p" + k);
        StringBuilder w = new StringBuilder();
        w.append(USED).append(ret).append(' ').append(symbol).append('(')
                .append(CTypes.prototypeParams(m.descriptor, true, true)).append(") {\n");
        if (needsInit(m.owner)) {
            w.append("    if (JUNLIKELY(").append(names.initState(m.owner)).append(" != JINIT_DONE)) {\n");
            w.append("        ").append(names.initFunction(m.owner)).append("();\n");
            w.append("        if (JEXC()) jrt_fatal_exception(jrt_pending, \"the initializer of ").append(m.owner.binaryName()).append("\");\n");
            w.append("    }\n");
        }
        w.append("    ").append(ret.equals("void") ? "" : ret + " r = ").append(names.method(m)).append('(').append(String.join(", ", args)).append(");\n");
        if (!cannotThrow(m)) {
            w.append("    if (JEXC()) jrt_fatal_exception(jrt_pending, \"").append(m.owner.binaryName()).append('.').append(m.name).append("\");\n");
        }
        if (!ret.equals("void")) w.append("    return r;\n");
        return w.append("}\n").toString();
    }

    /** The tables behind jos.rt.Literals: every literal of the program, sorted by hash code. */
    private String literalLookup() {
        boolean used = false;
        for (MethodInfo m : program.reachable) if (m.owner.name.equals("jos/rt/Literals")) used = true;
        if (!used) return "";
        List<Map.Entry<String, String>> sorted = new ArrayList<>(strings.entrySet());
        sorted.sort(java.util.Comparator.comparingInt(e -> e.getKey().hashCode()));
        StringBuilder g = new StringBuilder("static const int32_t jlit_hash[] = {");
        for (var e : sorted) g.append(intLiteral(e.getKey().hashCode())).append(',');
        g.append("0 };\nstatic const jobject jlit_ref[] = {");
        for (var e : sorted) g.append("(jobject)&").append(e.getValue()).append(',');
        g.append("NULL };\n");
        g.append("int32_t jnative_jos_rt_Literals__count(void) { return ").append(sorted.size()).append("; }\n");
        g.append("int32_t jnative_jos_rt_Literals__hashAt(int32_t i) { return jlit_hash[i]; }\n");
        g.append("jobject jnative_jos_rt_Literals__at(int32_t i) { return jlit_ref[i]; }\n");
        return g.toString();
    }

    private StringBuilder entry() {
        StringBuilder e = new StringBuilder();
        switch (target.entry()) {
            case EXPORTS_ONLY -> {
                return e;
            }
            case MAIN, MAIN_EITHER -> {
                if (target.entry() == jos.aot.target.Target.Entry.MAIN_EITHER && !mainMethod.descriptor.equals("()V")) break;   // the launcher's, below
                e.append("int32_t jprogram_main(int32_t argc, char **argv) {\n");
                if (needsInit(mainClass)) e.append("    ").append(names.initFunction(mainClass)).append("();\n");
                e.append("    if (!JEXC()) ").append(names.method(mainMethod)).append("();\n");
                if (target.reportsUncaught()) {
                    e.append("    if (JEXC()) { jobject t = jrt_pending; jrt_pending = NULL; return ")
                            .append(names.method(program.get("jos/rt/Launcher").method("uncaught(Ljava/lang/Throwable;)I"))).append("(t); }\n");
                }
                e.append("    if (JEXC()) jrt_fatal_exception(jrt_pending, \"").append(mainClass.binaryName()).append(".main\");\n");
                e.append("    return 0;\n}\n");
                return e;
            }
            default -> { }
        }
        ClassInfo launcher = program.get("jos/rt/Launcher");
        e.append("int32_t jprogram_main(int32_t argc, char **argv) {\n");
        // Classes initialized before anything else (initializedAtStart), in name order.
        List<String> atStart = new ArrayList<>();
        for (ClassInfo c : program.classes().values()) if (initializedAtStart(c)) atStart.add(c.name);
        java.util.Collections.sort(atStart);
        for (String name : atStart) {
            e.append("    if (!JEXC()) ").append(names.initFunction(program.get(name))).append("();\n");
        }
        e.append("    jobject raw = jrt_new_array(&").append(names.arrayClassObject("[[B")).append(", argc > 0 ? argc - 1 : 0);\n");
        e.append("    for (int32_t i = 1; raw != NULL && i < argc; i++) {\n");
        e.append("        int32_t n = 0;\n        while (argv[i][n]) n++;\n");
        e.append("        jobject b = jrt_new_array(&").append(names.arrayClassObject("[B")).append(", n);\n");
        e.append("        if (b == NULL) break;\n        memcpy(JARR_DATA(b, char), argv[i], (size_t)n);\n");
        e.append("        JARR_DATA(raw, jobject)[i - 1] = b;\n        jrt_card(&JARR_DATA(raw, jobject)[i - 1]);\n    }\n");
        e.append("    jobject args = NULL;\n");
        e.append("    if (!JEXC()) args = ").append(names.method(launcher.method("arguments([[B)[Ljava/lang/String;"))).append("(raw);\n");
        if (needsInit(mainClass)) e.append("    if (!JEXC()) ").append(names.initFunction(mainClass)).append("();\n");
        e.append("    if (!JEXC()) ").append(names.method(mainMethod)).append("(args);\n");
        e.append("    if (JEXC()) { jobject t = jrt_pending; jrt_pending = NULL; return ")
                .append(names.method(launcher.method("uncaught(Ljava/lang/Throwable;)I"))).append("(t); }\n");
        e.append("    return ").append(names.method(launcher.method("finish()I"))).append("();\n}\n");
        return e;
    }

    // ---------------------------------------------------------------- literals

    static String intLiteral(int v) {
        return v == Integer.MIN_VALUE ? "(int32_t)0x80000000u" : Integer.toString(v);
    }

    static String longLiteral(long v) {
        return "(int64_t)0x" + Long.toHexString(v) + "ul";
    }

    static String floatLiteral(float v) {
        if (Float.isNaN(v)) return "__builtin_nanf(\"\")";
        if (Float.isInfinite(v)) return v > 0 ? "__builtin_inff()" : "(-__builtin_inff())";
        return Float.toHexString(v) + "f";
    }

    static String doubleLiteral(double v) {
        if (Double.isNaN(v)) return "__builtin_nan(\"\")";
        if (Double.isInfinite(v)) return v > 0 ? "__builtin_inf()" : "(-__builtin_inf())";
        return Double.toHexString(v);
    }
}
