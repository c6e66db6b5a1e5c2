package jos.aot.cgen;

import java.lang.classfile.Instruction;
import java.lang.classfile.Opcode;
import java.lang.classfile.instruction.*;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jos.aot.analysis.Code;
import jos.aot.analysis.Program;
import jos.aot.model.ClassInfo;
import jos.aot.model.MethodInfo;

/**
 * Which methods can never leave an exception pending, over the whole program: a method cannot throw
 * when none of its instructions can and every method each of its calls can reach (all virtual targets
 * the class hierarchy allows) cannot either. Such a method keeps no frame, so it has no stack check
 * and cannot raise StackOverflowError; that is sound because the methods form no cycle (the least
 * fixpoint: a method on a call cycle is never proven, recursion keeps its check) and their call chains
 * are at most MAX_HEIGHT deep, a few small frames within the headroom kept below the stack limit.
 */
final class ThrowFreedom {
    /** Longest chain of calls through throw-free methods, counting the leaf. */
    static final int MAX_HEIGHT = 4;
    private static final int THROWS = -1;

    private final ProgramEmitter ctx;
    private final Program program;
    private final Map<MethodInfo, Integer> heights = new HashMap<>();

    ThrowFreedom(ProgramEmitter ctx) {
        this.ctx = ctx;
        this.program = ctx.program;
    }

    boolean cannotThrow(MethodInfo m) {
        return height(m) >= 0;
    }

    /** The depth of m's deepest call chain (0 for a method that calls nothing), or THROWS. */
    private int height(MethodInfo m) {
        Integer known = heights.get(m);
        if (known != null) return known;
        heights.put(m, THROWS);   // while in progress: a call back into m is a cycle, so m is not proven
        int h;
        if (m.isNative) {
            // By the runtime's convention, natives defined inline in natives.h never raise; nor does @Naked
            // assembly, which cannot make an exception (an @Export it calls makes one fatal).
            h = ctx.nativeInline(m) || m.annotations.containsKey(ProgramEmitter.NAKED) ? 0 : THROWS;
        } else if (m.code() == null || m.owner.synthetic || m.isSynchronized) {
            h = THROWS;
        } else {
            h = bodyHeight(program.code(m));
        }
        if (h > MAX_HEIGHT) h = THROWS;
        heights.put(m, h);
        return h;
    }

    /**
     * For the call at instruction i: the height of the deepest method it may reach, 0 for calls the
     * compiler expands inline, or THROWS when the call (or its receiver's null check, or the class
     * initialization it triggers) may throw.
     */
    int callHeight(Code code, int i, String st) {
        InvokeInstruction inv = (InvokeInstruction) code.insns.get(i);
        String ownerName = inv.owner().asInternalName();
        ClassInfo owner = ownerName.startsWith("[") ? program.get("java/lang/Object") : program.get(ownerName);
        String desc = inv.type().stringValue();
        String selector = inv.name().stringValue() + desc;
        MethodInfo target = program.resolveMethod(owner, selector);
        if (target == null) return THROWS;
        if (Program.isHardwareIntrinsic(target) || Invocation.isInlineIntrinsic(target)) return 0;
        int nParams = CTypes.parameters(desc).size();
        if (inv.opcode() == Opcode.INVOKESTATIC) {
            if (ctx.triggersInit(code.method.owner, target.owner)) return THROWS;
            return height(target);
        }
        if (st.charAt(st.length() - 1 - nParams) != 'n') return THROWS;   // the receiver's null check
        if (inv.opcode() == Opcode.INVOKESPECIAL) return height(Invocation.specialCallee(program, code.method.owner, owner, target, selector));
        if (target.isPrivate || target.isStatic || (target.isFinal && !target.isAbstract)
                || (target.owner.isFinal && !target.owner.isInterface)) {
            return height(target);
        }
        Set<MethodInfo> targets = program.virtualTargets(owner, selector);
        if (targets.isEmpty()) return THROWS;
        int h = 0;
        for (MethodInfo t : targets) {
            int th = height(t);
            if (th < 0) return THROWS;
            h = Math.max(h, th);
        }
        return h;
    }

    private int bodyHeight(Code code) {
        StackTypes types = new StackTypes(code);
        int h = 0;
        for (int i = 0; i < code.size(); i++) {
            String st = types.in[i];
            if (st == null) continue;
            Instruction insn = code.insns.get(i);
            switch (insn) {
                case InvokeInstruction x -> {
                    int ch = callHeight(code, i, st);
                    if (ch < 0) return THROWS;
                    h = Math.max(h, ch + 1);
                }
                case ThrowInstruction x -> { return THROWS; }
                case NewObjectInstruction x -> { return THROWS; }
                case NewPrimitiveArrayInstruction x -> { return THROWS; }
                case NewReferenceArrayInstruction x -> { return THROWS; }
                case NewMultiArrayInstruction x -> { return THROWS; }
                case ArrayLoadInstruction x -> { return THROWS; }
                case ArrayStoreInstruction x -> { return THROWS; }
                case TypeCheckInstruction x -> {
                    if (x.opcode() == Opcode.CHECKCAST) return THROWS;
                }
                case MonitorInstruction x -> { return THROWS; }   // keeps its stack check (MethodTranslator.needsStackCheck)
                case FieldInstruction f -> {
                    switch (f.opcode()) {
                        case GETFIELD -> { if (st.charAt(st.length() - 1) != 'n') return THROWS; }
                        case PUTFIELD -> { if (st.charAt(st.length() - 2) != 'n') return THROWS; }
                        default -> {
                            // Static access: class initialization of another class could throw.
                            if (ctx.triggersInit(code.method.owner, program.get(f.owner().asInternalName()))) return THROWS;
                        }
                    }
                }
                case OperatorInstruction op -> {
                    switch (op.opcode()) {
                        case IDIV, IREM, LDIV, LREM, ARRAYLENGTH -> { return THROWS; }
                        default -> { }
                    }
                }
                default -> { }
            }
        }
        return h;
    }
}
