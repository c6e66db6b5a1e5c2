package jos.aot.cgen;

import java.lang.classfile.Instruction;
import java.lang.classfile.Opcode;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.*;
import java.util.ArrayDeque;

import jos.aot.analysis.Code;
import jos.aot.model.MethodInfo;

/**
 * The operand stack's shape before every instruction, as a string of kinds (i l f d a, and n for a
 * reference known to be non-null). Null for unreachable instructions.
 */
final class StackTypes {
    final String[] in;
    private final Code code;
    private final boolean thisNeverStored;

    StackTypes(Code code) {
        this.code = code;
        this.in = new String[code.size()];
        MethodInfo m = code.method;
        boolean stored = false;
        for (Instruction insn : code.insns) {
            if (insn instanceof StoreInstruction s && s.slot() == 0) stored = true;
            if (insn instanceof IncrementInstruction inc && inc.slot() == 0) stored = true;
        }
        thisNeverStored = !m.isStatic && !stored;
        ArrayDeque<Integer> work = new ArrayDeque<>();
        flow(0, "", work);
        for (ExceptionCatch ec : code.handlers) flow(code.indexOf(ec.handler()), "n", work);
        while (!work.isEmpty()) {
            int i = work.poll();
            step(i, work);
        }
    }

    private void flow(int target, String stack, ArrayDeque<Integer> work) {
        String old = in[target];
        if (old == null) {
            in[target] = stack;
            work.add(target);
            return;
        }
        if (old.length() != stack.length()) throw code.error(target, "inconsistent stack depth at a join point");
        if (old.equals(stack)) return;
        char[] merged = old.toCharArray();
        for (int k = 0; k < merged.length; k++) {
            char a = merged[k], b = stack.charAt(k);
            if (a == b) continue;
            if ((a == 'a' || a == 'n') && (b == 'a' || b == 'n')) merged[k] = 'a';
            else throw code.error(target, "inconsistent stack types at a join point");
        }
        String m = new String(merged);
        if (!m.equals(old)) {
            in[target] = m;
            work.add(target);
        }
    }

    static char kindOf(TypeKind k) {
        return switch (k) {
            case INT, BYTE, CHAR, SHORT, BOOLEAN -> 'i';
            case LONG -> 'l';
            case FLOAT -> 'f';
            case DOUBLE -> 'd';
            case REFERENCE -> 'a';
            case VOID -> 'v';
        };
    }

    static boolean wide(char k) {
        return k == 'l' || k == 'd';
    }

    private void step(int i, ArrayDeque<Integer> work) {
        Instruction insn = code.insns.get(i);
        StringBuilder s = new StringBuilder(in[i]);
        boolean fallsThrough = true;
        switch (insn) {
            case LoadInstruction l -> s.append(l.slot() == 0 && thisNeverStored && l.typeKind() == TypeKind.REFERENCE
                    ? 'n' : kindOf(l.typeKind()));
            case StoreInstruction st -> pop(s, 1);
            case IncrementInstruction inc -> { }
            case ConstantInstruction c -> {
                if (c.opcode() == Opcode.ACONST_NULL) s.append('a');
                else {
                    Object v = c.constantValue();
                    s.append(switch (v) {
                        case Integer x -> 'i';
                        case Long x -> 'l';
                        case Float x -> 'f';
                        case Double x -> 'd';
                        default -> 'n';
                    });
                }
            }
            case OperatorInstruction op -> operator(op.opcode(), s);
            case ConvertInstruction cv -> {
                pop(s, 1);
                s.append(kindOf(cv.toType()));
            }
            case StackInstruction st -> stack(st.opcode(), s, i);
            case BranchInstruction b -> {
                switch (b.opcode()) {
                    case GOTO, GOTO_W -> fallsThrough = false;
                    case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE, IFNULL, IFNONNULL -> pop(s, 1);
                    default -> pop(s, 2);
                }
                flow(code.indexOf(b.target()), s.toString(), work);
            }
            case TableSwitchInstruction t -> {
                pop(s, 1);
                fallsThrough = false;
                flow(code.indexOf(t.defaultTarget()), s.toString(), work);
                for (var c : t.cases()) flow(code.indexOf(c.target()), s.toString(), work);
            }
            case LookupSwitchInstruction t -> {
                pop(s, 1);
                fallsThrough = false;
                flow(code.indexOf(t.defaultTarget()), s.toString(), work);
                for (var c : t.cases()) flow(code.indexOf(c.target()), s.toString(), work);
            }
            case ReturnInstruction r -> fallsThrough = false;
            case ThrowInstruction t -> fallsThrough = false;
            case FieldInstruction f -> {
                char k = CTypes.kind(f.type().stringValue());
                switch (f.opcode()) {
                    case GETFIELD -> { pop(s, 1); s.append(k); }
                    case GETSTATIC -> s.append(k);
                    case PUTFIELD -> pop(s, 2);
                    default -> pop(s, 1);
                }
            }
            case InvokeInstruction inv -> {
                String desc = inv.type().stringValue();
                pop(s, CTypes.parameters(desc).size() + (inv.opcode() == Opcode.INVOKESTATIC ? 0 : 1));
                char k = CTypes.kind(CTypes.returnType(desc));
                if (k != 'v') s.append(k);
            }
            case NewObjectInstruction n -> s.append('n');
            case NewPrimitiveArrayInstruction n -> { pop(s, 1); s.append('n'); }
            case NewReferenceArrayInstruction n -> { pop(s, 1); s.append('n'); }
            case NewMultiArrayInstruction n -> { pop(s, n.dimensions()); s.append('n'); }
            case ArrayLoadInstruction a -> { pop(s, 2); s.append(kindOf(a.typeKind())); }
            case ArrayStoreInstruction a -> pop(s, 3);
            case TypeCheckInstruction t -> {
                if (t.opcode() == Opcode.INSTANCEOF) { pop(s, 1); s.append('i'); }
                else { char c = s.charAt(s.length() - 1); pop(s, 1); s.append(c == 'n' ? 'n' : 'a'); }
            }
            case MonitorInstruction m -> pop(s, 1);
            case NopInstruction n -> { }
            default -> throw code.error(i, "unsupported instruction " + insn.opcode());
        }
        if (fallsThrough) {
            if (i + 1 >= code.size()) throw code.error(i, "execution falls off the end of the code");
            flow(i + 1, s.toString(), work);
        }
    }

    private static void pop(StringBuilder s, int n) {
        s.setLength(s.length() - n);
    }

    private static void operator(Opcode op, StringBuilder s) {
        switch (op) {
            case INEG, LNEG, FNEG, DNEG -> { }
            case ARRAYLENGTH -> { pop(s, 1); s.append('i'); }
            case LCMP, FCMPL, FCMPG, DCMPL, DCMPG -> { pop(s, 2); s.append('i'); }
            default -> {
                // binary: the result has the left operand's kind (shifts: long << int is long)
                char left = s.charAt(s.length() - 2);
                pop(s, 2);
                s.append(left);
            }
        }
    }

    /** Stack shuffles, by the categories of the values they touch (JVMS 6.5 dup2 forms). */
    private void stack(Opcode op, StringBuilder s, int i) {
        String before = s.toString();
        int[] map = shuffle(op, before);
        if (map == null) throw code.error(i, "malformed stack for " + op);
        int consumed = map[0];
        String top = before.substring(before.length() - consumed);
        pop(s, consumed);
        for (int k = 1; k < map.length; k++) s.append(top.charAt(map[k]));
    }

    /**
     * For a shuffle: {consumed, then for each output position (bottom to top) the index into the
     * consumed values (0 = deepest consumed)}.
     */
    static int[] shuffle(Opcode op, String st) {
        int n = st.length();
        boolean w1 = n >= 1 && wide(st.charAt(n - 1));
        boolean w2 = n >= 2 && wide(st.charAt(n - 2));
        boolean w3 = n >= 3 && wide(st.charAt(n - 3));
        return switch (op) {
            case POP -> new int[] {1};
            case POP2 -> w1 ? new int[] {1} : new int[] {2};
            case DUP -> new int[] {1, 0, 0};
            case DUP_X1 -> new int[] {2, 1, 0, 1};
            case DUP_X2 -> w2 ? new int[] {2, 1, 0, 1} : new int[] {3, 2, 0, 1, 2};
            case DUP2 -> w1 ? new int[] {1, 0, 0} : new int[] {2, 0, 1, 0, 1};
            case DUP2_X1 -> w1 ? new int[] {2, 1, 0, 1} : new int[] {3, 1, 2, 0, 1, 2};
            case DUP2_X2 -> {
                if (w1 && w2) yield new int[] {2, 1, 0, 1};
                if (w1) yield new int[] {3, 2, 0, 1, 2};
                if (w3) yield new int[] {3, 1, 2, 0, 1, 2};
                yield new int[] {4, 2, 3, 0, 1, 2, 3};
            }
            case SWAP -> new int[] {2, 1, 0};
            default -> null;
        };
    }

}
