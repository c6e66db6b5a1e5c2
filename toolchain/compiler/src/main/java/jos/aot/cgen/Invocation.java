package jos.aot.cgen;

import java.lang.classfile.Opcode;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.constant.ClassDesc;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jos.aot.analysis.Code;
import jos.aot.analysis.Program;
import jos.aot.model.ClassInfo;
import jos.aot.model.FieldInfo;
import jos.aot.model.MethodInfo;

/**
 * One call site. Direct calls for static, private, constructor and super calls, and for virtual calls
 * with a single implementation in the program; otherwise a vtable load or an itable load at the
 * interface's fixed index (Layout.itableIndex). Calls to the
 * compiler's intrinsics become inline C.
 */
final class Invocation {
    private final ProgramEmitter ctx;
    private final MethodTranslator t;
    private final int i;
    private final InvokeInstruction inv;
    private final String st;
    private final Program program;
    private boolean calleesCannotThrow;

    Invocation(ProgramEmitter ctx, MethodTranslator t, int i, InvokeInstruction inv, String st) {
        this.ctx = ctx;
        this.t = t;
        this.i = i;
        this.inv = inv;
        this.st = st;
        this.program = ctx.program;
    }

    void emit() {
        String ownerName = inv.owner().asInternalName();
        ClassInfo owner = ownerName.startsWith("[") ? program.get("java/lang/Object") : program.get(ownerName);
        String desc = inv.type().stringValue();
        String selector = inv.name().stringValue() + desc;
        MethodInfo target = program.resolveMethod(owner, selector);
        boolean isStatic = inv.opcode() == Opcode.INVOKESTATIC;
        int nParams = CTypes.parameters(desc).size();
        int nArgs = nParams + (isStatic ? 0 : 1);
        List<String> args = new ArrayList<>();
        for (int k = nArgs - 1; k >= 0; k--) args.add(t.topVar(st, k));
        char retKind = CTypes.kind(CTypes.returnType(desc));
        String result = retKind == 'v' ? null : t.stackVar(st.length() - nArgs, retKind);

        if (intrinsic(target, args, result)) return;

        String call;
        switch (inv.opcode()) {
            case INVOKESTATIC -> {
                t.initClass(i, target.owner);
                call = ctx.names.method(target) + "(" + String.join(", ", args) + ")";
                calleesCannotThrow = ctx.cannotThrow(target);
            }
            case INVOKESPECIAL -> {
                t.emitNullCheck(i, st, nParams);
                MethodInfo callee = specialCallee(program, t.method().owner, owner, target, selector);
                call = ctx.names.method(callee) + "(" + String.join(", ", args) + ")";
                calleesCannotThrow = ctx.cannotThrow(callee);
            }
            default -> {
                t.emitNullCheck(i, st, nParams);
                call = dispatch(owner, target, selector, desc, args);
            }
        }
        t.emitLine((result == null ? "" : result + " = ") + call + ";");
        if (!calleesCannotThrow) t.emitCheckPending(i);
    }

    private String dispatch(ClassInfo owner, MethodInfo target, String selector, String desc, List<String> args) {
        if (target.isPrivate || target.isStatic || (target.isFinal && !target.isAbstract)
                || (target.owner.isFinal && !target.owner.isInterface)) {
            calleesCannotThrow = ctx.cannotThrow(target);
            return ctx.names.method(target) + "(" + String.join(", ", args) + ")";
        }
        Set<MethodInfo> targets = program.virtualTargets(owner, selector);
        calleesCannotThrow = !targets.isEmpty() && targets.stream().allMatch(ctx::cannotThrow);
        if (targets.size() == 1) {
            return ctx.names.method(targets.iterator().next()) + "(" + String.join(", ", args) + ")";
        }
        String recv = args.get(0);
        String fp = "(" + CTypes.functionPointer(desc, false) + ")";
        if (targets.isEmpty()) {
            // No instantiated class can receive this call, so the receiver is null and was caught above.
            return "(" + fp + "jrt_no_receiver)(" + String.join(", ", args) + ")";
        }
        String table;
        if (target.owner.isInterface) {
            int slot = ctx.layout.interfaceSlot(target.owner, selector);
            table = "(" + fp + "jrt_itable_at(" + recv + "->klass, &" + ctx.names.classObject(target.owner) + ", "
                    + ctx.layout.itableIndex(target.owner) + ")[" + slot + "])("
                    + String.join(", ", args) + ")";
        } else {
            ClassInfo vtOwner = owner.isInterface ? target.owner : owner;
            int slot = ctx.layout.vtableSlot(vtOwner, selector);
            table = "(" + fp + recv + "->klass->vtable[" + slot + "])(" + String.join(", ", args) + ")";
        }
        return guarded(owner, selector, recv, args, table, target.owner.isInterface ? GUARDED_INTERFACE : GUARDED_VIRTUAL);
    }

    /** Receiver classes a call site tests by identity before its table dispatch (interface, class). */
    static final int GUARDED_INTERFACE = 3, GUARDED_VIRTUAL = 2;

    /**
     * Guarded devirtualization: when at most limit instantiated classes can receive the call (rapid type
     * analysis), test the receiver's class against each and call its implementation directly (which gcc
     * can inline, as HotSpot inlines a bimorphic site), falling back to the table dispatch for any other
     * class (arrays, which RTA does not list). Exact: a class compare selects the method the table would.
     */
    private String guarded(ClassInfo owner, String selector, String recv, List<String> args, String table, int limit) {
        List<ClassInfo> receivers = new ArrayList<>();
        for (ClassInfo c : program.instantiated) {
            if (!c.isAssignableTo(owner)) continue;
            if (receivers.size() == limit || program.resolveVirtual(c, selector) == null) return table;
            receivers.add(c);
        }
        StringBuilder e = new StringBuilder("(");
        for (ClassInfo c : receivers) {
            e.append(recv).append("->klass == &").append(ctx.names.classObject(c)).append(" ? ")
                    .append(ctx.names.method(program.resolveVirtual(c, selector))).append("(").append(String.join(", ", args)).append(") : ");
        }
        return e.append(table).append(")").toString();
    }

    /** The method an invokespecial in class current reaches: a super call binds to the superclass's implementation. */
    static MethodInfo specialCallee(Program program, ClassInfo current, ClassInfo owner, MethodInfo target, String selector) {
        if (!target.isConstructor() && !target.isPrivate && !owner.isInterface
                && current != owner && current.isSubclassOf(owner)) {
            return program.resolveVirtual(current.superclass, selector);
        }
        return target;
    }

    /** The jos.rt intrinsics intrinsic() expands to inline C that cannot raise. */
    static boolean isInlineIntrinsic(MethodInfo target) {
        return switch (target.owner.name + "." + target.name) {
            case "jos/rt/Types.classOf", "jos/rt/Types.primitiveClass", "jos/rt/Atomics.fieldOffset" -> true;
            default -> false;
        };
    }

    /** Calls the compiler expands in place; true when this was one. */
    private boolean intrinsic(MethodInfo target, List<String> args, String result) {
        String key = target.owner.name + "." + target.name;
        if (Program.isHardwareIntrinsic(target)) {
            String fn = "jhw_" + target.owner.simpleName + "_" + target.name;
            if (!ctx.hasRuntimeFunction(fn)) {
                throw t.code().error(i, "hardware intrinsic " + target.owner.binaryName() + "." + target.name
                        + " has no implementation in the runtime's hw.h (" + fn + ")");
            }
            t.emitLine((result == null ? "" : result + " = ") + fn + "(" + String.join(", ", args) + ");");
            return true;
        }
        switch (key) {
            case "jos/rt/Types.classOf" -> {
                t.emitLine(result + " = (jobject)" + args.get(0) + "->klass;");
                return true;
            }
            case "jos/rt/Types.primitiveClass" -> {
                Code code = t.code();
                if (i < 1 || !(code.insns.get(i - 1) instanceof ConstantInstruction c)
                        || !(c.constantValue() instanceof Integer kind) || "ZBCSIJFDV".indexOf(kind) < 0) {
                    throw code.error(i, "Types.primitiveClass needs a descriptor letter literal");
                }
                t.emitLine(result + " = (jobject)&" + ctx.primitiveClass((char) kind.intValue()) + ";");
                return true;
            }
            case "jos/rt/Atomics.fieldOffset" -> {
                Code code = t.code();
                if (i < 2 || !(code.insns.get(i - 2) instanceof ConstantInstruction c1)
                        || !(c1.constantValue() instanceof ClassDesc cls)
                        || !(code.insns.get(i - 1) instanceof ConstantInstruction c2)
                        || !(c2.constantValue() instanceof String fieldName)) {
                    throw code.error(i, "Atomics.fieldOffset needs a class literal and a field name literal");
                }
                ClassInfo c = program.get(Program.internalName(cls));
                FieldInfo f = null;
                for (FieldInfo candidate : c.fields) {
                    if (candidate.name.equals(fieldName) && !candidate.isStatic) f = candidate;
                }
                if (f == null) throw code.error(i, "Atomics.fieldOffset: no instance field " + fieldName + " in " + c.binaryName());
                t.emitLine(result + " = (int64_t)offsetof(struct " + ctx.names.struct(c) + ", " + ctx.names.instanceField(f) + ");");
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
