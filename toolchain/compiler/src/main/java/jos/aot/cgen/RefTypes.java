package jos.aot.cgen;

import java.lang.classfile.Instruction;
import java.lang.classfile.Opcode;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.*;
import java.lang.constant.ClassDesc;
import java.util.ArrayDeque;
import java.util.Arrays;

import jos.aot.analysis.Code;
import jos.aot.analysis.Program;
import jos.aot.model.ClassInfo;

/**
 * The static types of the references on the operand stack before each instruction, as field
 * descriptors ("Ljava/lang/String;", "[I"), "null" for the null constant, a leading '=' when the
 * runtime class is exactly that (the value was allocated in this method), null when unknown. A
 * forward dataflow over locals and stack; joins keep a type only where both sides agree. Handler entries
 * know nothing. Used where a check can be proven unnecessary from the types javac's code guarantees.
 */
final class RefTypes {
    static final String NULL = "null";

    private final Program program;
    private final Code code;
    private final StackTypes kinds;
    private final String[][] stackIn;
    private final String[][] localsIn;

    RefTypes(Program program, Code code, StackTypes kinds) {
        this.program = program;
        this.code = code;
        int maxLocals = (code.method.isStatic ? 0 : 1) + 2 * CTypes.parameters(code.method.descriptor).size();
        for (Instruction insn : code.insns) {
            switch (insn) {
                case LoadInstruction l -> maxLocals = Math.max(maxLocals, l.slot() + 2);
                case StoreInstruction st -> maxLocals = Math.max(maxLocals, st.slot() + 2);
                case IncrementInstruction inc -> maxLocals = Math.max(maxLocals, inc.slot() + 1);
                default -> { }
            }
        }
        this.kinds = kinds;
        stackIn = new String[code.size()][];
        localsIn = new String[code.size()][];
        String[] locals = new String[maxLocals];
        int slot = 0;
        if (!code.method.isStatic) locals[slot++] = "L" + code.method.owner.name + ";";
        for (String d : CTypes.parameters(code.method.descriptor)) {
            if (slot < maxLocals) locals[slot] = d.startsWith("L") || d.startsWith("[") ? d : null;
            slot += StackTypes.wide(CTypes.kind(d)) ? 2 : 1;
        }
        ArrayDeque<Integer> work = new ArrayDeque<>();
        flow(0, new String[0], locals, work);
        for (ExceptionCatch ec : code.handlers) flow(code.indexOf(ec.handler()), new String[1], new String[maxLocals], work);
        while (!work.isEmpty()) step(work.poll(), work);
    }

    /** The type of the value depth places below the top of the stack before instruction i. */
    String stack(int i, int depth) {
        String[] s = stackIn[i];
        return s == null ? null : s[s.length - 1 - depth];
    }

    /**
     * Whether storing the value on top of the stack at aastore i into the array below it can never
     * raise ArrayStoreException: the value is the null constant, or the array's runtime element class
     * is known (an array allocated here, or a final element class) and the value's static class, a class
     * javac's code guarantees, is a subclass of it. Interface types prove nothing (the verifier lets any
     * object through them).
     */
    boolean storeFits(int i) {
        String value = stack(i, 0), array = stack(i, 2);
        if (NULL.equals(value)) return true;
        if (array == null) return false;
        boolean exact = array.startsWith("=");
        String a = exact ? array.substring(1) : array;
        if (!a.startsWith("[L")) return false;
        ClassInfo element = program.classes().get(a.substring(2, a.length() - 1));
        if (element == null || element.isInterface) return false;
        if (exact && element.name.equals("java/lang/Object")) return true;
        if (!exact && !element.isFinal) return false;
        if (value == null) return false;
        String v = value.startsWith("=") ? value.substring(1) : value;
        if (!v.startsWith("L")) return false;
        ClassInfo cls = program.classes().get(v.substring(1, v.length() - 1));
        return cls != null && !cls.isInterface && cls.isSubclassOf(element);
    }

    private void flow(int target, String[] stack, String[] locals, ArrayDeque<Integer> work) {
        if (stackIn[target] == null) {
            stackIn[target] = stack;
            localsIn[target] = locals;
            work.add(target);
            return;
        }
        boolean changed = join(stackIn[target], stack) | join(localsIn[target], locals);
        if (changed) work.add(target);
    }

    private boolean join(String[] into, String[] other) {
        boolean changed = false;
        for (int k = 0; k < into.length && k < other.length; k++) {
            String m = meet(into[k], other[k]);
            if (m == null ? into[k] != null : !m.equals(into[k])) {
                into[k] = m;
                changed = true;
            }
        }
        return changed;
    }

    private String meet(String a, String b) {
        if (a == null || b == null) return null;
        if (a.equals(b)) return a;
        if (a.equals(NULL)) return strip(b);
        if (b.equals(NULL)) return strip(a);
        String sa = strip(a), sb = strip(b);
        if (sa.equals(sb)) return sa;
        return commonSuperclass(sa, sb);
    }

    /** Two class types join at their closest common superclass; anything else is unknown. */
    private String commonSuperclass(String a, String b) {
        if (!a.startsWith("L") || !b.startsWith("L")) return null;
        ClassInfo x = program.classes().get(a.substring(1, a.length() - 1));
        ClassInfo y = program.classes().get(b.substring(1, b.length() - 1));
        if (x == null || y == null || x.isInterface || y.isInterface) return null;
        for (ClassInfo k = x; k != null; k = k.superclass) if (y.isSubclassOf(k)) return "L" + k.name + ";";
        return null;
    }

    private static String strip(String t) {
        return t.startsWith("=") ? t.substring(1) : t;
    }

    private void step(int i, ArrayDeque<Integer> work) {
        Instruction insn = code.insns.get(i);
        String[] locals = localsIn[i].clone();
        String[] in = stackIn[i];
        // The kinds after the instruction give the depth; pushed references get their type below.
        int depth = in.length;
        String[] s = Arrays.copyOf(in, depth + 4);
        int n = depth;
        boolean fallsThrough = true;
        switch (insn) {
            case LoadInstruction l -> s[n++] = l.typeKind() == TypeKind.REFERENCE ? locals[l.slot()] : null;
            case StoreInstruction st -> {
                String v = s[--n];
                locals[st.slot()] = st.typeKind() == TypeKind.REFERENCE ? v : null;
                if (st.typeKind().slotSize() == 2 && st.slot() + 1 < locals.length) locals[st.slot() + 1] = null;
            }
            case IncrementInstruction inc -> { }
            case ConstantInstruction c -> s[n++] = c.opcode() == Opcode.ACONST_NULL ? NULL
                    : c.constantValue() instanceof String ? "Ljava/lang/String;"
                    : c.constantValue() instanceof ClassDesc ? "Ljava/lang/Class;" : null;
            case StackInstruction st -> {
                String kindsBefore = kinds.in[i];
                int[] map = StackTypes.shuffle(st.opcode(), kindsBefore);
                String[] top = Arrays.copyOfRange(s, n - map[0], n);
                n -= map[0];
                for (int k = 1; k < map.length; k++) s[n++] = top[map[k]];
            }
            case BranchInstruction b -> {
                n -= switch (b.opcode()) {
                    case GOTO, GOTO_W -> 0;
                    case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE, IFNULL, IFNONNULL -> 1;
                    default -> 2;
                };
                if (b.opcode() == Opcode.GOTO || b.opcode() == Opcode.GOTO_W) fallsThrough = false;
                flow(code.indexOf(b.target()), Arrays.copyOf(s, n), locals.clone(), work);
            }
            case TableSwitchInstruction t -> {
                n--;
                fallsThrough = false;
                flow(code.indexOf(t.defaultTarget()), Arrays.copyOf(s, n), locals.clone(), work);
                for (var c : t.cases()) flow(code.indexOf(c.target()), Arrays.copyOf(s, n), locals.clone(), work);
            }
            case LookupSwitchInstruction t -> {
                n--;
                fallsThrough = false;
                flow(code.indexOf(t.defaultTarget()), Arrays.copyOf(s, n), locals.clone(), work);
                for (var c : t.cases()) flow(code.indexOf(c.target()), Arrays.copyOf(s, n), locals.clone(), work);
            }
            case ReturnInstruction r -> fallsThrough = false;
            case ThrowInstruction t -> fallsThrough = false;
            case FieldInstruction f -> {
                String d = f.type().stringValue();
                String pushed = d.startsWith("L") || d.startsWith("[") ? d : null;
                switch (f.opcode()) {
                    case GETFIELD -> s[n - 1] = pushed;
                    case GETSTATIC -> s[n++] = pushed;
                    case PUTFIELD -> n -= 2;
                    default -> n--;
                }
            }
            case InvokeInstruction inv -> {
                String desc = inv.type().stringValue();
                n -= CTypes.parameters(desc).size() + (inv.opcode() == Opcode.INVOKESTATIC ? 0 : 1);
                String r = CTypes.returnType(desc);
                if (!r.equals("V")) s[n++] = r.startsWith("L") || r.startsWith("[") ? r : null;
            }
            case NewObjectInstruction o -> s[n++] = "=L" + o.className().asInternalName() + ";";
            case NewPrimitiveArrayInstruction a -> s[n - 1] = "=[" + descriptorLetter(a.typeKind());
            case NewReferenceArrayInstruction a -> s[n - 1] = "=[" + a.componentType().asSymbol().descriptorString();
            case NewMultiArrayInstruction a -> {
                n -= a.dimensions();
                s[n++] = "=" + a.arrayType().asSymbol().descriptorString();
            }
            case ArrayLoadInstruction a -> {
                String arr = s[n - 2];
                n -= 2;
                String c = null;
                if (a.typeKind() == TypeKind.REFERENCE && arr != null) {
                    String t = strip(arr);
                    if (t.startsWith("[L") || t.startsWith("[[")) c = t.substring(1);
                }
                s[n++] = c;
            }
            case ArrayStoreInstruction a -> n -= 3;
            case TypeCheckInstruction t -> {
                if (t.opcode() == Opcode.INSTANCEOF) s[n - 1] = null;
                else if (!NULL.equals(s[n - 1])) s[n - 1] = t.type().asSymbol().descriptorString();
            }
            case MonitorInstruction m -> n--;
            case NopInstruction nop -> { }
            default -> {
                // Arithmetic and conversions push no reference.
                int consumed = switch (insn) {
                    case ConvertInstruction cv -> 1;
                    case OperatorInstruction op -> switch (op.opcode()) {
                        case INEG, LNEG, FNEG, DNEG -> 1;
                        case ARRAYLENGTH -> 1;
                        default -> 2;
                    };
                    default -> throw code.error(i, "unsupported instruction " + insn.opcode());
                };
                n -= consumed;
                s[n++] = null;
            }
        }
        if (fallsThrough && i + 1 < code.size()) flow(i + 1, Arrays.copyOf(s, n), locals, work);
    }

    private static char descriptorLetter(TypeKind k) {
        return switch (k) {
            case BOOLEAN -> 'Z';
            case BYTE -> 'B';
            case CHAR -> 'C';
            case SHORT -> 'S';
            case INT -> 'I';
            case LONG -> 'J';
            case FLOAT -> 'F';
            case DOUBLE -> 'D';
            default -> throw new IllegalArgumentException("array of " + k);
        };
    }
}
