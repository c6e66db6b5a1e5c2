package jos.aot.cgen;

import java.lang.classfile.Instruction;
import java.lang.classfile.Opcode;
import java.lang.classfile.instruction.*;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jos.aot.analysis.Code;
import jos.aot.analysis.Program;
import jos.aot.model.ClassInfo;
import jos.aot.model.MethodInfo;

/**
 * Which methods keep the stack-limit check on entry (StackOverflowError), over the whole program.
 * The local rule: a method that calls something that can throw, allocates, throws, or initializes a
 * class checks. Where the target allows it (Target.uncheckedStackDepth), a method on no call cycle
 * drops the check when every chain of calls from it reaches a checked method (or ends) within that many
 * frames. Sound: unbounded depth needs a cycle, and every cycle keeps its checks; the frames between
 * two checks are bounded. Calls the bytecode does not show (implicit exceptions, class initializers,
 * the launcher, @Export entries) enter jos.rt, static initializers or exports, which keep the local rule.
 */
final class StackChecks {
    private static final int CHECKED = -1;

    private final ProgramEmitter ctx;
    private final Program program;
    private final int maxDepth;
    private final Map<MethodInfo, Boolean> local = new HashMap<>();
    private final Map<MethodInfo, Integer> chains = new HashMap<>();
    private Set<MethodInfo> cyclic;

    StackChecks(ProgramEmitter ctx, int maxDepth) {
        this.ctx = ctx;
        this.program = ctx.program;
        this.maxDepth = maxDepth;
    }

    /** Whether m's C function compares its frame with the stack limit on entry. */
    boolean keepsCheck(MethodInfo m) {
        if (!local(m)) return false;
        return maxDepth <= 0 || chain(m) == CHECKED;
    }

    /** The local rule (MethodTranslator's, before this analysis). */
    private boolean local(MethodInfo m) {
        Boolean known = local.get(m);
        if (known != null) return known;
        boolean r = m.code() != null && !m.isNative && localRule(program.code(m));
        local.put(m, r);
        return r;
    }

    private boolean localRule(Code code) {
        MethodInfo method = code.method;
        if (method.isSynchronized) return true;
        StackTypes types = new StackTypes(code);
        for (int i = 0; i < code.size(); i++) {
            Instruction insn = code.insns.get(i);
            if (types.in[i] == null) continue;
            if (insn instanceof InvokeInstruction && !ctx.callCannotThrow(code, i, types.in[i])) return true;
            if (insn instanceof NewObjectInstruction || insn instanceof ThrowInstruction
                    || insn instanceof NewMultiArrayInstruction || insn instanceof MonitorInstruction) return true;
            if (insn instanceof FieldInstruction f && (f.opcode() == Opcode.GETSTATIC || f.opcode() == Opcode.PUTSTATIC)
                    && ctx.triggersInit(method.owner, program.get(f.owner().asInternalName()))) {
                return true;
            }
        }
        return false;
    }

    /** Frames from m down to the next check or the end of the deepest chain, or CHECKED when m checks. */
    private int chain(MethodInfo m) {
        Integer known = chains.get(m);
        if (known != null) return known;
        int c;
        List<MethodInfo> callees = callees(m);
        if (local(m) && (!eligible(m) || callees == null || cyclic().contains(m))) {
            c = CHECKED;
        } else if (cyclic().contains(m)) {
            c = maxDepth + 1;   // unreachable: ThrowFreedom proves no method on a cycle, so such a method checks
        } else {
            int deepest = 0;
            if (callees != null) {
                for (MethodInfo t : callees) deepest = Math.max(deepest, Math.max(0, chain(t)));
            }
            c = 1 + deepest;
            if (local(m) && c > maxDepth) c = CHECKED;
        }
        chains.put(m, c);
        return c;
    }

    /**
     * Methods entered from C as well as from calls, or that must check for another reason: the runtime's
     * own (jos.rt: Throw builds implicit exceptions, the launcher calls main), static initializers,
     * exports, and monitors (a second thread of a user process fails at the check).
     */
    private boolean eligible(MethodInfo m) {
        if (m.owner.name.startsWith("jos/rt/") || m.name.equals("<clinit>") || m.isSynchronized) return false;
        if (m.annotations.containsKey(jos.aot.Compiler.EXPORT_DESCRIPTOR)) return false;
        for (Instruction insn : program.code(m).insns) if (insn instanceof MonitorInstruction) return false;
        return true;
    }

    /** Every method a call in m may reach (all virtual targets), or null when one cannot be resolved. */
    private List<MethodInfo> callees(MethodInfo m) {
        List<MethodInfo> out = new ArrayList<>();
        if (m.code() == null || m.isNative) return out;
        for (Instruction insn : program.code(m).insns) {
            if (!(insn instanceof InvokeInstruction inv)) continue;
            String ownerName = inv.owner().asInternalName();
            ClassInfo owner = ownerName.startsWith("[") ? program.get("java/lang/Object") : program.get(ownerName);
            String selector = inv.name().stringValue() + inv.type().stringValue();
            MethodInfo target = program.resolveMethod(owner, selector);
            if (target == null) return null;
            if (Program.isHardwareIntrinsic(target) || Invocation.isInlineIntrinsic(target)) continue;
            switch (inv.opcode()) {
                case INVOKESTATIC -> out.add(target);
                case INVOKESPECIAL -> out.add(Invocation.specialCallee(program, m.owner, owner, target, selector));
                default -> {
                    if (target.isPrivate || target.isStatic || (target.isFinal && !target.isAbstract)
                            || (target.owner.isFinal && !target.owner.isInterface)) {
                        out.add(target);
                    } else {
                        out.addAll(program.virtualTargets(owner, selector));
                    }
                }
            }
        }
        return out;
    }

    /** Methods on a call cycle (a strongly connected component with a cycle), found once (Tarjan, iterative). */
    private Set<MethodInfo> cyclic() {
        if (cyclic != null) return cyclic;
        cyclic = new HashSet<>();
        Map<MethodInfo, List<MethodInfo>> edges = new HashMap<>();
        Map<MethodInfo, Integer> index = new HashMap<>(), low = new HashMap<>();
        ArrayDeque<MethodInfo> stack = new ArrayDeque<>();
        Set<MethodInfo> onStack = new HashSet<>();
        int next = 0;
        for (MethodInfo root : new ArrayList<>(program.reachable)) {
            if (index.containsKey(root)) continue;
            // Each work item: a method and the position of the next edge to follow.
            ArrayDeque<Object[]> work = new ArrayDeque<>();
            work.push(new Object[] {root, 0});
            index.put(root, next);
            low.put(root, next++);
            stack.push(root);
            onStack.add(root);
            while (!work.isEmpty()) {
                Object[] top = work.peek();
                MethodInfo v = (MethodInfo) top[0];
                List<MethodInfo> out = edges.computeIfAbsent(v, k -> {
                    List<MethodInfo> cs = callees(k);
                    return cs == null ? List.of() : cs;
                });
                int e = (Integer) top[1];
                if (e < out.size()) {
                    top[1] = e + 1;
                    MethodInfo w = out.get(e);
                    if (!index.containsKey(w)) {
                        index.put(w, next);
                        low.put(w, next++);
                        stack.push(w);
                        onStack.add(w);
                        work.push(new Object[] {w, 0});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    MethodInfo parent = (MethodInfo) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    List<MethodInfo> component = new ArrayList<>();
                    MethodInfo w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.add(w);
                    } while (w != v);
                    if (component.size() > 1 || out.contains(v)) cyclic.addAll(component);
                }
            }
        }
        return cyclic;
    }
}
