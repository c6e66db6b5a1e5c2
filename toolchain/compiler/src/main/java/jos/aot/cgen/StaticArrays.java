package jos.aot.cgen;

import java.lang.classfile.Instruction;
import java.lang.classfile.Opcode;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.ArrayStoreInstruction;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.NewPrimitiveArrayInstruction;
import java.lang.classfile.instruction.StackInstruction;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

import jos.aot.analysis.Code;
import jos.aot.analysis.Program;
import jos.aot.model.ClassInfo;
import jos.aot.model.FieldInfo;
import jos.aot.model.MethodInfo;

/**
 * Static primitive arrays built at compile time. When a static initializer assigns a static field
 * {@code new T[]{c0, c1, ...}} with constant elements (javac's {@code push n; newarray; (dup; push i;
 * push c; Tastore)*; putstatic}), the array is emitted as initialized data and those instructions are
 * dropped from the initializer. It then exists before any code runs and needs no heap, which
 * freestanding code relies on ({@code @Section} places such arrays, e.g. Limine requests, in a named
 * section). Java cannot observe the difference: the field is written by nothing else in between.
 */
final class StaticArrays {
    static final String SECTION = "Ljos/hw/Section;";
    static final String ALIGN = "Ljos/hw/Align;";

    /** One array: its field, element kind (a descriptor letter), values, and the initializer's instructions. */
    record Initializer(FieldInfo field, char kind, long[] values, int first, int last, String section, int align) {
    }

    private final Map<FieldInfo, Initializer> byField = new LinkedHashMap<>();
    private final Map<MethodInfo, BitSet> dropped = new LinkedHashMap<>();

    StaticArrays(Program program) {
        for (ClassInfo c : program.classes().values()) {
            MethodInfo clinit = c.method("<clinit>()V");
            if (clinit != null && program.reachable.contains(clinit)) scan(program, c, clinit);
            for (FieldInfo f : c.fields) {
                if (f.annotations.containsKey(SECTION) && !byField.containsKey(f) && program.initialized.contains(c)) {
                    throw CompileErrorAt.field(f, "@Section field " + f.owner.binaryName() + "." + f.name
                            + " must be a static primitive array initialized in its declaration with constant elements");
                }
            }
        }
    }

    Map<FieldInfo, Initializer> all() {
        return byField;
    }

    /**
     * Whether the emitted data replaces all of the static initializer clinit but its final return: then
     * running it would change nothing, so its class needs no initialization (ProgramEmitter.needsInit)
     * and calls into it no test.
     */
    boolean replaceAll(Program program, MethodInfo clinit) {
        BitSet bits = dropped.get(clinit);
        if (bits == null) return false;
        Code code = program.code(clinit);
        if (!code.handlers.isEmpty()) return false;
        for (int i = 0; i < code.size(); i++) {
            if (bits.get(i)) continue;
            if (i == code.size() - 1 && code.insns.get(i).opcode() == Opcode.RETURN) continue;
            return false;
        }
        return true;
    }

    /** The instructions of a static initializer that the emitted data replaces, or null. */
    BitSet dropped(MethodInfo m) {
        return dropped.get(m);
    }

    private void scan(Program program, ClassInfo c, MethodInfo clinit) {
        Code code = program.code(clinit);
        boolean[] target = jumpTargets(code);
        for (int k = 0; k + 2 < code.size(); k++) {
            Initializer init = match(code, target, c, k);
            if (init == null) continue;
            byField.put(init.field(), init);
            BitSet bits = dropped.computeIfAbsent(clinit, x -> new BitSet());
            bits.set(init.first(), init.last() + 1);
            k = init.last();
        }
    }

    private Initializer match(Code code, boolean[] target, ClassInfo c, int k) {
        var insns = code.insns;
        if (!(insns.get(k) instanceof ConstantInstruction len) || !(len.constantValue() instanceof Integer n) || n < 0 || n > (1 << 20)) return null;
        if (!(insns.get(k + 1) instanceof NewPrimitiveArrayInstruction na)) return null;
        TypeKind tk = na.typeKind();
        if (tk == TypeKind.FLOAT || tk == TypeKind.DOUBLE) return null;
        long[] values = new long[n];
        int j = k + 2;
        while (j + 3 < code.size() && insns.get(j) instanceof StackInstruction dup && dup.opcode() == Opcode.DUP) {
            if (!(insns.get(j + 1) instanceof ConstantInstruction ic) || !(ic.constantValue() instanceof Integer index)
                    || index < 0 || index >= n) return null;
            if (!(insns.get(j + 2) instanceof ConstantInstruction vc)) return null;
            if (!(insns.get(j + 3) instanceof ArrayStoreInstruction store) || store.typeKind() != tk) return null;
            Object v = vc.constantValue();
            if (tk == TypeKind.LONG ? !(v instanceof Long) : !(v instanceof Integer)) return null;
            values[index] = ((Number) v).longValue();
            j += 4;
        }
        if (j >= code.size() || !(insns.get(j) instanceof FieldInstruction put) || put.opcode() != Opcode.PUTSTATIC) return null;
        if (!put.owner().asInternalName().equals(c.name) || !put.type().stringValue().equals("[" + tk.upperBound().descriptorString())) return null;
        for (int x = k + 1; x <= j; x++) if (target[x]) return null;
        FieldInfo field = c.field(put.name().stringValue(), put.type().stringValue());
        if (field == null || !field.isStatic) return null;
        var section = field.annotations.get(SECTION);
        var align = field.annotations.get(ALIGN);
        int alignment = align == null ? 8 : (Integer) align.get("value");
        if (alignment < 8 || Integer.bitCount(alignment) != 1) {
            throw CompileErrorAt.field(field, "@Align(" + alignment + ") on " + field.owner.binaryName() + "." + field.name
                    + " must be a power of two of at least 8");
        }
        return new Initializer(field, tk.upperBound().descriptorString().charAt(0), values, k, j,
                section == null ? null : (String) section.get("value"), alignment);
    }

    private static boolean[] jumpTargets(Code code) {
        boolean[] t = new boolean[code.size() + 1];
        for (Instruction insn : code.insns) {
            switch (insn) {
                case java.lang.classfile.instruction.BranchInstruction b -> t[code.indexOf(b.target())] = true;
                case java.lang.classfile.instruction.TableSwitchInstruction s -> {
                    t[code.indexOf(s.defaultTarget())] = true;
                    for (var cs : s.cases()) t[code.indexOf(cs.target())] = true;
                }
                case java.lang.classfile.instruction.LookupSwitchInstruction s -> {
                    t[code.indexOf(s.defaultTarget())] = true;
                    for (var cs : s.cases()) t[code.indexOf(cs.target())] = true;
                }
                default -> { }
            }
        }
        for (var ec : code.handlers) {
            t[code.indexOf(ec.handler())] = true;
            t[code.indexOf(ec.tryStart())] = true;
            t[code.indexOf(ec.tryEnd())] = true;
        }
        return t;
    }

    /** A located error for a field: its class and source file. */
    static final class CompileErrorAt {
        static jos.aot.CompileError field(FieldInfo f, String message) {
            return new jos.aot.CompileError(message + " (" + (f.owner.sourceFile == null ? f.owner.binaryName() : f.owner.sourceFile) + ")");
        }
    }
}
