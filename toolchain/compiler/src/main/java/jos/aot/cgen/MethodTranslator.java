package jos.aot.cgen;

import java.lang.classfile.Instruction;
import java.lang.classfile.Opcode;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.*;
import java.lang.constant.ClassDesc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jos.aot.analysis.Code;
import jos.aot.analysis.Program;
import jos.aot.model.ClassInfo;
import jos.aot.model.FieldInfo;
import jos.aot.model.MethodInfo;

/**
 * Translates one method's bytecode into one C function. Every stack slot and local becomes a C
 * variable per kind (s3i, l2a), branches become gotos, and gcc's register allocator does the rest.
 * A call is followed by a test of the pending exception; an implicit exception (null, bounds, divide,
 * cast, store) is a test with an out-of-line throw. Both jump to the dispatch for the handlers that
 * cover the instruction, or to the unwinding exit.
 */
final class MethodTranslator {
    private final ProgramEmitter ctx;
    private final Program program;
    private final MethodInfo method;
    private final Code code;
    private final StackTypes types;
    private RefTypes refTypes;
    private final StringBuilder out = new StringBuilder();
    private final TreeSet<String> vars = new TreeSet<>();
    private final boolean hidden;
    private final String[] handlerLabel;
    private final List<List<ExceptionCatch>> handlerSets = new ArrayList<>();
    private final boolean[] isJumpTarget;
    private final Map<String, String> throwBlocks = new java.util.LinkedHashMap<>();
    /**
     * Reference locals whose array length is kept in a C variable (l3len): slots that only ever receive
     * a freshly allocated array, and array parameters never assigned. A bounds check or arraylength on
     * a value just loaded from such a slot reads the variable, which lets gcc drop checks it can prove.
     */
    private final java.util.Set<Integer> lengthSlots = new java.util.HashSet<>();
    /** For each stack position, the length-tracked local its value was loaded from in this block, or -1. */
    private int[] origin = filled(8);
    private int lastLine = -1;
    private final boolean stackCheck;   // the stack-limit check on entry, where the method calls

    MethodTranslator(ProgramEmitter ctx, MethodInfo method) {
        this.ctx = ctx;
        this.program = ctx.program;
        this.method = method;
        this.code = program.code(method);
        this.types = new StackTypes(code);
        this.hidden = method.owner.synthetic;
        // Traces walk native frames (docs/toolchain.md): a method keeps no record, only the stack check where it calls.
        this.stackCheck = needsStackCheck();
        this.handlerLabel = new String[code.size()];
        this.isJumpTarget = new boolean[code.size() + 1];
        assignHandlers();
        markJumpTargets();
        findLengthSlots();
    }

    private void findLengthSlots() {
        java.util.Set<Integer> stored = new java.util.HashSet<>(), bad = new java.util.HashSet<>();
        for (int i = 0; i < code.size(); i++) {
            if (code.insns.get(i) instanceof StoreInstruction st && st.typeKind() == TypeKind.REFERENCE) {
                stored.add(st.slot());
                Instruction prev = i > 0 ? code.insns.get(i - 1) : null;
                boolean fresh = prev instanceof NewPrimitiveArrayInstruction || prev instanceof NewReferenceArrayInstruction;
                if (!fresh || isJumpTarget[i]) bad.add(st.slot());
            }
        }
        for (int slot : stored) if (!bad.contains(slot)) lengthSlots.add(slot);
        int slot = method.isStatic ? 0 : 1;
        for (String d : CTypes.parameters(method.descriptor)) {
            if (d.startsWith("[") && !stored.contains(slot)) lengthSlots.add(slot);
            slot += StackTypes.wide(CTypes.kind(d)) ? 2 : 1;
        }
    }

    private String lengthVar(int slot) {
        String v = "l" + slot + "len";
        vars.add("int32_t " + v);
        return v;
    }

    /** The length of the array at stack position pos: a tracked local's variable, or a load. */
    private String arrayLength(int pos, String arr) {
        int o = pos < origin.length ? origin[pos] : -1;
        return o >= 0 ? lengthVar(o) : "JARR_LEN(" + arr + ")";
    }

    private void setOrigin(int pos, int slot) {
        if (pos >= origin.length) {
            int[] grown = filled(Math.max(pos + 1, 2 * origin.length));
            System.arraycopy(origin, 0, grown, 0, origin.length);
            origin = grown;
        }
        origin[pos] = slot;
    }

    private static int[] filled(int size) {
        int[] a = new int[size];
        java.util.Arrays.fill(a, -1);
        return a;
    }

    private void trackOrigins(Instruction insn, String st) {
        int n = st.length();
        switch (insn) {
            case LoadInstruction l -> setOrigin(n, l.typeKind() == TypeKind.REFERENCE && lengthSlots.contains(l.slot()) ? l.slot() : -1);
            case ConstantInstruction c -> setOrigin(n, -1);
            case ConvertInstruction c -> setOrigin(n - 1, -1);
            case OperatorInstruction op -> setOrigin(Math.max(0, n - (op.opcode() == Opcode.ARRAYLENGTH || op.opcode().name().endsWith("NEG") ? 1 : 2)), -1);
            case ArrayLoadInstruction a -> setOrigin(n - 2, -1);
            case IncrementInstruction inc -> { }
            case StackInstruction shuffle -> {
                // Values move between positions as the shuffle moves them (dup2 in a[i]++ and the like).
                int[] map = StackTypes.shuffle(shuffle.opcode(), st);
                int base = n - map[0];
                int[] before = new int[map[0]];
                for (int k = 0; k < map[0]; k++) before[k] = base + k < origin.length ? origin[base + k] : -1;
                for (int k = base; k < origin.length; k++) origin[k] = -1;
                for (int k = 1; k < map.length; k++) setOrigin(base + k - 1, before[map[k]]);
            }
            case StoreInstruction store -> {
                setOrigin(n - 1, -1);
                // Values loaded from the slot before this store no longer match its length variable.
                for (int k = 0; k < origin.length; k++) if (origin[k] == store.slot()) origin[k] = -1;
            }
            default -> java.util.Arrays.fill(origin, -1);
        }
    }

    /**
     * Calls of methods that cannot throw (ThrowFreedom) and static access without initialization need none;
     * on hosted neither does a method on no call cycle near enough to checked ones (StackChecks).
     * A monitor always keeps it: on user a second thread fails that check, so it never runs synchronized code.
     */
    private boolean needsStackCheck() {
        return ctx.keepsStackCheck(method);
    }

    private void assignHandlers() {
        Map<List<ExceptionCatch>, String> ids = new HashMap<>();
        for (int i = 0; i < code.size(); i++) {
            List<ExceptionCatch> covering = new ArrayList<>();
            for (ExceptionCatch ec : code.handlers) {
                int start = code.indexOf(ec.tryStart()), end = code.indexOf(ec.tryEnd());
                if (i >= start && i < end) covering.add(ec);
            }
            if (covering.isEmpty()) {
                handlerLabel[i] = "UNWIND";
            } else {
                handlerLabel[i] = ids.computeIfAbsent(covering, k -> {
                    handlerSets.add(k);
                    return "H" + (handlerSets.size() - 1);
                });
            }
        }
    }

    private void markJumpTargets() {
        for (Instruction insn : code.insns) {
            switch (insn) {
                case BranchInstruction b -> isJumpTarget[code.indexOf(b.target())] = true;
                case TableSwitchInstruction t -> {
                    isJumpTarget[code.indexOf(t.defaultTarget())] = true;
                    for (var c : t.cases()) isJumpTarget[code.indexOf(c.target())] = true;
                }
                case LookupSwitchInstruction t -> {
                    isJumpTarget[code.indexOf(t.defaultTarget())] = true;
                    for (var c : t.cases()) isJumpTarget[code.indexOf(c.target())] = true;
                }
                default -> { }
            }
        }
        for (ExceptionCatch ec : code.handlers) isJumpTarget[code.indexOf(ec.handler())] = true;
    }

    // ---------------------------------------------------------------- naming

    private String var(int pos, char kind) {
        char k = kind == 'n' ? 'a' : kind;
        String v = "s" + pos + k;
        vars.add(CTypes.ofKind(k) + " " + v);
        return v;
    }

    private String local(int slot, char kind) {
        String v = "l" + slot + kind;
        vars.add(CTypes.ofKind(kind) + " " + v);
        return v;
    }

    /** The variable holding the k-th value from the top (0 = top) of stack st. */
    private String top(String st, int k) {
        int pos = st.length() - 1 - k;
        return var(pos, st.charAt(pos));
    }

    private void line(String s) {
        out.append("    ").append(s).append('\n');
    }

    // ---------------------------------------------------------------- the function

    String translate() {
        StringBuilder body = new StringBuilder();
        ctx.checkFloatingPoint(method);
        ctx.checkMonitors(method);
        java.util.BitSet dropped = ctx.staticArrays.dropped(method);
        for (int i = 0; i < code.size(); i++) {
            String st = types.in[i];
            if (st == null) continue;   // unreachable
            if (dropped != null && dropped.get(i)) continue;   // an array the data already holds
            if (isJumpTarget[i]) {
                int end = peelableLoopEnd(i);
                if (end >= 0) {
                    // The first iteration, straight-line before the loop's label; it falls into the loop.
                    java.util.Arrays.fill(origin, -1);
                    for (int j = i; j < end; j++) {
                        if (types.in[j] != null && (dropped == null || !dropped.get(j))) emit(j, types.in[j]);
                    }
                }
                out.append("L").append(i).append(":;\n");
                java.util.Arrays.fill(origin, -1);
            }
            emit(i, st);
        }
        emitHandlers();

        String ret = CTypes.ofKind(CTypes.kind(CTypes.returnType(method.descriptor)));
        body.append("#line ").append(Math.max(1, code.firstLine())).append(" \"").append(ctx.sourcePath(method.owner)).append("\"\n");
        // The program's main stays a function of its own (a debugger's breakpoint, a trace's outermost frame).
        if (ctx.isMain(method)) body.append("__attribute__((noinline)) ");
        else if (ctx.target.inlineHints()) body.append(InlineHints.of(ctx.program, method, code));
        body.append(ret).append(' ').append(ctx.names.method(method)).append('(')
                .append(CTypes.prototypeParams(method.descriptor, method.isStatic, true)).append(") {\n");
        // Parameters into their local slots.
        StringBuilder entry = new StringBuilder();
        int slot = 0, p = 0;
        if (!method.isStatic) {
            entry.append("    ").append(local(0, 'a')).append(" = p0;\n");
            slot = 1;
            p = 1;
        }
        for (String d : CTypes.parameters(method.descriptor)) {
            char k = CTypes.kind(d);
            entry.append("    ").append(local(slot, k)).append(" = p").append(p).append(";\n");
            if (lengthSlots.contains(slot)) {
                entry.append("    ").append(lengthVar(slot)).append(" = p").append(p).append(" != NULL ? JARR_LEN(p").append(p).append(") : 0;\n");
            }
            slot += StackTypes.wide(k) ? 2 : 1;
            p++;
        }
        for (String v : vars) body.append("    ").append(v).append(" = 0;\n");
        if (stackCheck) {
            body.append("    if (JUNLIKELY((char *)__builtin_frame_address(0) < jrt_stack_limit)) { if (jrt_stack_overflow()) goto UNWIND; }\n");
        }
        body.append(entry);
        body.append(out);
        body.append("}\n");
        return oneLinePerJavaLine(body);
    }

    /**
     * The C with everything between two #line directives joined into one line, so that gcc's line table
     * (which counts on from a directive) gives each instruction exactly its Java line. The generated
     * statements carry no // comments and no other preprocessor lines, so joining them changes nothing else.
     */
    static String oneLinePerJavaLine(CharSequence c) {
        StringBuilder joined = new StringBuilder(c.length());
        boolean open = false;   // a joined line is being built
        for (String ln : c.toString().split("\n")) {
            if (ln.startsWith("#")) {
                if (open) joined.append('\n');
                joined.append(ln).append('\n');
                open = false;
            } else {
                if (open) joined.append(' ');
                joined.append(ln.strip());
                open = true;
            }
        }
        if (open) joined.append('\n');
        return joined.toString();
    }

    private void emit(int i, String st) {
        int ln = code.line[i];
        if (ln > 0 && ln != lastLine) {
            out.append("#line ").append(ln).append(" \"").append(ctx.sourcePath(method.owner)).append("\"\n");
            lastLine = ln;
        }
        try {
            instruction(i, code.insns.get(i), st);
            trackOrigins(code.insns.get(i), st);
        } catch (jos.aot.CompileError e) {
            throw e;
        } catch (RuntimeException e) {
            throw code.error(i, "internal compiler error: " + e);
        }
    }

    /** The most instructions (test, body, update and back edge) of a loop whose first iteration is peeled. */
    static final int PEEL_LIMIT = 40;

    /**
     * If the instruction at head starts a small innermost loop whose first iteration is worth peeling,
     * the index of the loop's back edge, else -1. The loop is javac's shape: the head (the test) is
     * entered by falling into it and is the target of a goto at the end; nothing in between is a jump
     * target, so the loop is one straight-line block whose branches leave it (or continue at the head);
     * and it neither calls nor allocates (a call would dwarf what peeling saves). The peeled copy of
     * head..end-1 precedes the loop's label and falls into it: each of its branches and exception paths
     * goes where the original's does (the same labels, the same variables), so it is exactly the loop's
     * first iteration. Like HotSpot's pre-loop, it takes the first trip's test and checks out of the
     * loop, which helps short loops whose trip count changes from one run to the next (fannkuch's flips).
     */
    private int peelableLoopEnd(int head) {
        if (head == 0 || types.in[head - 1] == null || !fallsThrough(code.insns.get(head - 1))) return -1;
        for (ExceptionCatch ec : code.handlers) if (code.indexOf(ec.handler()) == head) return -1;
        for (int j = head; j < code.size() && j - head < PEEL_LIMIT; j++) {
            if (j > head && isJumpTarget[j]) return -1;
            Instruction insn = code.insns.get(j);
            if (insn instanceof BranchInstruction b && !fallsThrough(b)) return j > head && code.indexOf(b.target()) == head ? j : -1;
            if (insn instanceof InvokeInstruction || insn instanceof NewObjectInstruction || insn instanceof NewPrimitiveArrayInstruction
                    || insn instanceof NewReferenceArrayInstruction || insn instanceof NewMultiArrayInstruction
                    || insn instanceof TableSwitchInstruction || insn instanceof LookupSwitchInstruction) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean fallsThrough(Instruction insn) {
        return !(insn instanceof ReturnInstruction || insn instanceof ThrowInstruction
                || insn instanceof TableSwitchInstruction || insn instanceof LookupSwitchInstruction
                || insn instanceof BranchInstruction b && (b.opcode() == Opcode.GOTO || b.opcode() == Opcode.GOTO_W));
    }

    private String zeroReturn() {
        char k = CTypes.kind(CTypes.returnType(method.descriptor));
        return k == 'v' ? "return;" : "return 0;";
    }

    private void emitHandlers() {
        for (var e : throwBlocks.entrySet()) {
            String block = e.getKey();
            if (block.startsWith("#line")) {
                // Native traces: the block's own line directive, so the call in it maps to its line.
                int nl = block.indexOf('\n') + 1;
                out.append(block, 0, nl);
                block = block.substring(nl);
            }
            out.append(e.getValue()).append(": ").append(block).append('\n');
        }
        for (int h = 0; h < handlerSets.size(); h++) {
            out.append("H").append(h).append(":\n");
            for (ExceptionCatch ec : handlerSets.get(h)) {
                int target = code.indexOf(ec.handler());
                String take = "{ " + var(0, 'a') + " = jrt_pending; jrt_pending = NULL; goto L" + target + "; }";
                if (ec.catchType().isEmpty()) {
                    line(take);
                    break;
                }
                ClassInfo c = program.get(ec.catchType().get().asInternalName());
                line("if (" + ctx.instanceTest("jrt_pending", c) + ") " + take);
            }
            line("goto UNWIND;");
        }
        out.append("UNWIND:\n");
        line(zeroReturn());
    }

    // ---------------------------------------------------------------- exceptions

    /**
     * Raise the exception built by expr (a call into jos.rt.Throw) at instruction i: a jump to a
     * throw block placed after the body, shared by sites that throw the same way.
     */
    private String raise(int i, String expr) {
        String h = handlerLabel[i];
        String block;
        if (!hidden) {
            // The block's own line directive, so the call in it maps to the throwing line.
            block = "#line " + Math.max(1, code.line[i]) + " \"" + ctx.sourcePath(method.owner) + "\"\n{ jobject e_ = " + expr
                    + "; if (jrt_pending == NULL) jrt_pending = e_; } goto " + h + ";";
        } else {
            block = "{ jobject e_ = " + expr + "; if (jrt_pending == NULL) jrt_pending = e_; } goto " + h + ";";
        }
        String label = throwBlocks.computeIfAbsent(block, k -> "T" + throwBlocks.size());
        return "goto " + label + ";";
    }

    private void checkPending(int i) {
        line("if (JEXC()) goto " + handlerLabel[i] + ";");
    }

    private void nullCheck(int i, String st, int depth) {
        int pos = st.length() - 1 - depth;
        if (st.charAt(pos) == 'n') return;
        String v = var(pos, 'a');
        line("if (JUNLIKELY(" + v + " == NULL)) " + raise(i, ctx.throwCall("nullPointer", ctx.npeMessage(code, i))));
    }

    // ---------------------------------------------------------------- instructions

    private void instruction(int i, Instruction insn, String st) {
        int n = st.length();
        if (!ctx.target.floatingPoint()) checkNoFloat(i, insn, st);
        switch (insn) {
            case LoadInstruction l -> {
                char k = StackTypes.kindOf(l.typeKind());
                line(var(n, k) + " = " + local(l.slot(), k) + ";");
            }
            case StoreInstruction s -> {
                line(local(s.slot(), StackTypes.kindOf(s.typeKind())) + " = " + top(st, 0) + ";");
                // A tracked slot is stored only right after a new array: the count is still in its variable.
                if (s.typeKind() == TypeKind.REFERENCE && lengthSlots.contains(s.slot())) {
                    line(lengthVar(s.slot()) + " = " + var(st.length() - 1, 'i') + ";");
                }
            }
            case IncrementInstruction inc -> line(local(inc.slot(), 'i') + " += " + inc.constant() + ";");
            case ConstantInstruction c -> constant(i, c, st);
            case OperatorInstruction op -> operator(i, op.opcode(), st);
            case ConvertInstruction cv -> convert(cv, st);
            case StackInstruction s -> shuffle(s.opcode(), st);
            case BranchInstruction b -> branch(b, st);
            case TableSwitchInstruction t -> {
                line("switch (" + top(st, 0) + ") {");
                for (var c : t.cases()) line("case " + c.caseValue() + ": goto L" + code.indexOf(c.target()) + ";");
                line("default: goto L" + code.indexOf(t.defaultTarget()) + ";");
                line("}");
            }
            case LookupSwitchInstruction t -> {
                line("switch (" + top(st, 0) + ") {");
                for (var c : t.cases()) line("case " + c.caseValue() + ": goto L" + code.indexOf(c.target()) + ";");
                line("default: goto L" + code.indexOf(t.defaultTarget()) + ";");
                line("}");
            }
            case ReturnInstruction r -> {
                if (r.typeKind() == TypeKind.VOID) line("return;");
                else line("return " + top(st, 0) + ";");
            }
            case ThrowInstruction t -> {
                nullCheck(i, st, 0);
                line("jrt_pending = " + top(st, 0) + "; goto " + handlerLabel[i] + ";");
            }
            case FieldInstruction f -> field(i, f, st);
            case InvokeInstruction inv -> new Invocation(ctx, this, i, inv, st).emit();
            case NewObjectInstruction nw -> {
                ClassInfo c = program.get(nw.className().asInternalName());
                if (c.isInterface || c.isAbstract) throw code.error(i, "new of abstract class or interface " + c.binaryName());
                initClass(i, c);
                line(var(n, 'a') + " = jrt_new(&" + ctx.names.classObject(c) + ", sizeof(struct " + ctx.names.struct(c) + "));");
                line("if (JUNLIKELY(" + var(n, 'a') + " == NULL)) goto " + handlerLabel[i] + ";");
            }
            case NewPrimitiveArrayInstruction na -> newArray(i, st, "[" + na.typeKind().upperBound().descriptorString());
            case NewReferenceArrayInstruction na -> {
                String comp = na.componentType().asInternalName();
                newArray(i, st, "[" + (comp.startsWith("[") ? comp : "L" + comp + ";"));
            }
            case NewMultiArrayInstruction na -> {
                int dims = na.dimensions();
                String desc = na.arrayType().asInternalName();
                StringBuilder lens = new StringBuilder();
                for (int d = 0; d < dims; d++) {
                    String len = top(st, dims - 1 - d);
                    line("if (JUNLIKELY(" + len + " < 0)) " + raise(i, ctx.throwCall("negativeArraySize", len)));
                    lens.append(d > 0 ? ", " : "").append(len);
                }
                String result = var(n - dims, 'a');
                line("{ int32_t dims_[] = { " + lens + " }; " + result + " = jrt_multi_array(&"
                        + ctx.arrayClass(desc) + ", " + dims + ", dims_); }");
                line("if (JUNLIKELY(" + result + " == NULL)) goto " + handlerLabel[i] + ";");
            }
            case ArrayLoadInstruction a -> {
                String arr = top(st, 1), idx = top(st, 0);
                nullCheck(i, st, 1);
                boundsCheck(i, arr, idx, arrayLength(n - 2, arr));
                char k = StackTypes.kindOf(a.typeKind());
                line(var(n - 2, k) + " = JARR_DATA(" + arr + ", " + elementType(a.typeKind()) + ")[" + idx + "];");
            }
            case ArrayStoreInstruction a -> {
                String arr = top(st, 2), idx = top(st, 1), val = top(st, 0);
                nullCheck(i, st, 2);
                boundsCheck(i, arr, idx, arrayLength(n - 3, arr));
                if (a.typeKind() == TypeKind.REFERENCE && !refTypes().storeFits(i)) {
                    line("if (JUNLIKELY(!jrt_check_store(" + arr + ", " + val + "))) "
                            + raise(i, ctx.throwCall("arrayStore", val)));
                }
                String slot = "JARR_DATA(" + arr + ", " + elementType(a.typeKind()) + ")[" + idx + "]";
                line(slot + " = (" + elementType(a.typeKind()) + ")" + val + ";");
                if (a.typeKind() == TypeKind.REFERENCE) writeBarrier(slot);
            }
            case TypeCheckInstruction t -> typeCheck(i, t, st);
            case MonitorInstruction m -> {
                if (!ctx.target.monitors()) throw code.error(i, ctx.noMonitors("block"));
                nullCheck(i, st, 0);  // one thread: a monitor only needs its null check
            }
            case NopInstruction nop -> { }
            default -> throw code.error(i, "unsupported instruction " + insn.opcode());
        }
    }

    /** On targets without floating point, any float or double value or operation is a located error. */
    private void checkNoFloat(int i, Instruction insn, String st) {
        String after = i + 1 < types.in.length ? types.in[i + 1] : null;
        String kinds = st + (after == null ? "" : after);
        String what = kinds.indexOf('d') >= 0 ? "double" : kinds.indexOf('f') >= 0 ? "float" : null;
        if (what == null && insn instanceof ConvertInstruction cv) {
            if (cv.fromType() == TypeKind.DOUBLE || cv.toType() == TypeKind.DOUBLE) what = "double";
            else if (cv.fromType() == TypeKind.FLOAT || cv.toType() == TypeKind.FLOAT) what = "float";
        }
        if (what == null && insn instanceof NewPrimitiveArrayInstruction na) {
            if (na.typeKind() == TypeKind.DOUBLE) what = "double";
            else if (na.typeKind() == TypeKind.FLOAT) what = "float";
        }
        if (what != null) throw code.error(i, ctx.noFloatingPoint(what));
    }

    private static String elementType(TypeKind k) {
        return switch (k) {
            case BYTE, BOOLEAN -> "int8_t";
            case CHAR -> "uint16_t";
            case SHORT -> "int16_t";
            case INT -> "int32_t";
            case LONG -> "int64_t";
            case FLOAT -> "float";
            case DOUBLE -> "double";
            default -> "jobject";
        };
    }

    private void boundsCheck(int i, String arr, String idx, String length) {
        line("if (JUNLIKELY((uint32_t)" + idx + " >= (uint32_t)" + length + ")) "
                + raise(i, ctx.throwCall("arrayIndex", idx + ", JARR_LEN(" + arr + ")")));
    }

    private void newArray(int i, String st, String desc) {
        String len = top(st, 0);
        line("if (JUNLIKELY(" + len + " < 0)) " + raise(i, ctx.throwCall("negativeArraySize", len)));
        String result = var(st.length() - 1, 'a');
        line(result + " = jrt_new_array(&" + ctx.arrayClass(desc) + ", " + len + ");");
        line("if (JUNLIKELY(" + result + " == NULL)) goto " + handlerLabel[i] + ";");
    }

    void initClass(int i, ClassInfo c) {
        if (!ctx.triggersInit(method.owner, c)) return;
        line("if (JUNLIKELY(" + ctx.names.initState(c) + " != JINIT_DONE)) { " + ctx.names.initFunction(c)
                + "(); if (JEXC()) goto " + handlerLabel[i] + "; }");
    }

    private void constant(int i, ConstantInstruction c, String st) {
        int n = st.length();
        if (c.opcode() == Opcode.ACONST_NULL) {
            line(var(n, 'a') + " = NULL;");
            return;
        }
        Object v = c.constantValue();
        switch (v) {
            case Integer x -> line(var(n, 'i') + " = " + ProgramEmitter.intLiteral(x) + ";");
            case Long x -> line(var(n, 'l') + " = " + ProgramEmitter.longLiteral(x) + ";");
            case Float x -> line(var(n, 'f') + " = " + ProgramEmitter.floatLiteral(x) + ";");
            case Double x -> line(var(n, 'd') + " = " + ProgramEmitter.doubleLiteral(x) + ";");
            case String s -> line(var(n, 'a') + " = " + ctx.stringLiteral(s) + ";");
            case ClassDesc cd -> line(var(n, 'a') + " = (jobject)&" + ctx.classObjectFor(cd.descriptorString()) + ";");
            default -> throw code.error(i, "unsupported constant " + v);
        }
    }

    private void operator(int i, Opcode op, String st) {
        int n = st.length();
        String a = n >= 2 ? top(st, 1) : null, b = top(st, 0);
        char k = n >= 2 ? st.charAt(n - 2) : st.charAt(n - 1);
        String r2 = n >= 2 ? var(n - 2, k) : null;
        switch (op) {
            case IADD, LADD, FADD, DADD -> line(r2 + " = " + a + " + " + b + ";");
            case ISUB, LSUB, FSUB, DSUB -> line(r2 + " = " + a + " - " + b + ";");
            case IMUL, LMUL, FMUL, DMUL -> line(r2 + " = " + a + " * " + b + ";");
            case FDIV, DDIV -> line(r2 + " = " + a + " / " + b + ";");
            case IDIV, LDIV, IREM, LREM -> {
                line("if (JUNLIKELY(" + b + " == 0)) " + raise(i, ctx.throwCall("divideByZero", "")));
                String fn = switch (op) {
                    case IDIV -> "jrt_idiv";
                    case LDIV -> "jrt_ldiv";
                    case IREM -> "jrt_irem";
                    default -> "jrt_lrem";
                };
                line(r2 + " = " + fn + "(" + a + ", " + b + ");");
            }
            case FREM -> line(r2 + " = jrt_frem(" + a + ", " + b + ");");
            case DREM -> line(r2 + " = jrt_drem(" + a + ", " + b + ");");
            case INEG, LNEG, FNEG, DNEG -> line(var(n - 1, st.charAt(n - 1)) + " = -" + b + ";");
            case ISHL -> line(r2 + " = (int32_t)((uint32_t)" + a + " << (" + b + " & 31));");
            case ISHR -> line(r2 + " = " + a + " >> (" + b + " & 31);");
            case IUSHR -> line(r2 + " = (int32_t)((uint32_t)" + a + " >> (" + b + " & 31));");
            case LSHL -> line(r2 + " = (int64_t)((uint64_t)" + a + " << (" + b + " & 63));");
            case LSHR -> line(r2 + " = " + a + " >> (" + b + " & 63);");
            case LUSHR -> line(r2 + " = (int64_t)((uint64_t)" + a + " >> (" + b + " & 63));");
            case IAND, LAND -> line(r2 + " = " + a + " & " + b + ";");
            case IOR, LOR -> line(r2 + " = " + a + " | " + b + ";");
            case IXOR, LXOR -> line(r2 + " = " + a + " ^ " + b + ";");
            case LCMP -> line(var(n - 2, 'i') + " = jrt_lcmp(" + a + ", " + b + ");");
            case FCMPL -> line(var(n - 2, 'i') + " = jrt_fcmpl(" + a + ", " + b + ");");
            case FCMPG -> line(var(n - 2, 'i') + " = jrt_fcmpg(" + a + ", " + b + ");");
            case DCMPL -> line(var(n - 2, 'i') + " = jrt_dcmpl(" + a + ", " + b + ");");
            case DCMPG -> line(var(n - 2, 'i') + " = jrt_dcmpg(" + a + ", " + b + ");");
            case ARRAYLENGTH -> {
                nullCheck(i, st, 0);
                line(var(n - 1, 'i') + " = " + arrayLength(n - 1, b) + ";");
            }
            default -> throw code.error(i, "unsupported operator " + op);
        }
    }

    private void convert(ConvertInstruction cv, String st) {
        int n = st.length();
        String v = top(st, 0);
        String r = var(n - 1, StackTypes.kindOf(cv.toType()));
        String expr = switch (cv.opcode()) {
            case I2L -> "(int64_t)" + v;
            case I2F, L2F, D2F -> "(float)" + v;
            case I2D, L2D, F2D -> "(double)" + v;
            case L2I -> "(int32_t)" + v;
            case F2I -> "jrt_f2i(" + v + ")";
            case F2L -> "jrt_f2l(" + v + ")";
            case D2I -> "jrt_d2i(" + v + ")";
            case D2L -> "jrt_d2l(" + v + ")";
            case I2B -> "(int32_t)(int8_t)" + v;
            case I2C -> "(int32_t)(uint16_t)" + v;
            case I2S -> "(int32_t)(int16_t)" + v;
            default -> throw new IllegalStateException("conversion " + cv.opcode());
        };
        line(r + " = " + expr + ";");
    }

    private void shuffle(Opcode op, String st) {
        int[] map = StackTypes.shuffle(op, st);
        int consumed = map[0];
        int base = st.length() - consumed;
        if (map.length == 1) return;   // pops
        StringBuilder sb = new StringBuilder("{ ");
        for (int k = 0; k < consumed; k++) {
            char kind = st.charAt(base + k);
            sb.append(CTypes.ofKind(kind == 'n' ? 'a' : kind)).append(" t").append(k).append(" = ")
                    .append(var(base + k, kind)).append("; ");
        }
        for (int k = 1; k < map.length; k++) {
            char kind = st.charAt(base + map[k]);
            sb.append(var(base + k - 1, kind)).append(" = t").append(map[k]).append("; ");
        }
        sb.append("}");
        line(sb.toString());
    }

    private void branch(BranchInstruction b, String st) {
        String target = "goto L" + code.indexOf(b.target()) + ";";
        String cond = switch (b.opcode()) {
            case GOTO, GOTO_W -> null;
            case IFEQ -> top(st, 0) + " == 0";
            case IFNE -> top(st, 0) + " != 0";
            case IFLT -> top(st, 0) + " < 0";
            case IFGE -> top(st, 0) + " >= 0";
            case IFGT -> top(st, 0) + " > 0";
            case IFLE -> top(st, 0) + " <= 0";
            case IFNULL -> top(st, 0) + " == NULL";
            case IFNONNULL -> top(st, 0) + " != NULL";
            case IF_ICMPEQ, IF_ACMPEQ -> top(st, 1) + " == " + top(st, 0);
            case IF_ICMPNE, IF_ACMPNE -> top(st, 1) + " != " + top(st, 0);
            case IF_ICMPLT -> top(st, 1) + " < " + top(st, 0);
            case IF_ICMPGE -> top(st, 1) + " >= " + top(st, 0);
            case IF_ICMPGT -> top(st, 1) + " > " + top(st, 0);
            case IF_ICMPLE -> top(st, 1) + " <= " + top(st, 0);
            default -> throw new IllegalStateException("branch " + b.opcode());
        };
        line(cond == null ? target : "if (" + cond + ") " + target);
    }

    private void field(int i, FieldInstruction f, String st) {
        int n = st.length();
        ClassInfo owner = program.get(f.owner().asInternalName());
        FieldInfo fi = program.resolveField(owner, f.name().stringValue(), f.type().stringValue());
        String storage = CTypes.storage(fi.descriptor);
        char k = CTypes.kind(fi.descriptor);
        boolean bool = fi.descriptor.equals("Z");
        switch (f.opcode()) {
            case GETSTATIC -> {
                initClass(i, fi.owner);
                String lv = ctx.names.staticField(fi);
                line(var(n, k) + " = " + (fi.isVolatile ? "JVOL_LOAD(" + lv + ")" : lv) + ";");
            }
            case PUTSTATIC -> {
                initClass(i, fi.owner);
                String lv = ctx.names.staticField(fi);
                String v = "(" + storage + ")" + (bool ? "(" + top(st, 0) + " & 1)" : top(st, 0));
                line(fi.isVolatile ? "JVOL_STORE(" + lv + ", " + v + ");" : lv + " = " + v + ";");
            }
            case GETFIELD -> {
                nullCheck(i, st, 0);
                String lv = fieldLvalue(fi, top(st, 0));
                line(var(n - 1, k) + " = " + (fi.isVolatile ? "JVOL_LOAD(" + lv + ")" : lv) + ";");
            }
            default -> {
                nullCheck(i, st, 1);
                String lv = fieldLvalue(fi, top(st, 1));
                String v = "(" + storage + ")" + (bool ? "(" + top(st, 0) + " & 1)" : top(st, 0));
                line(fi.isVolatile ? "JVOL_STORE(" + lv + ", " + v + ");" : lv + " = " + v + ";");
                if (k == 'a') writeBarrier(lv);
            }
        }
    }

    /** After a reference store into an object or array (statics are roots): the collector's card (a no-op without JRT_GC). */
    private void writeBarrier(String slot) {
        if (ctx.writeBarrier) line("jrt_card(&" + slot + ");");
    }

    private String fieldLvalue(FieldInfo fi, String obj) {
        return "((struct " + ctx.names.struct(fi.owner) + " *)" + obj + ")->" + ctx.names.instanceField(fi);
    }

    /** Reference types, computed on first need (methods that store into reference arrays). */
    private RefTypes refTypes() {
        if (refTypes == null) refTypes = new RefTypes(program, code, types);
        return refTypes;
    }

    private void typeCheck(int i, TypeCheckInstruction t, String st) {
        int n = st.length();
        String v = top(st, 0);
        String desc = t.type().asInternalName();
        String test;
        String classObj;
        if (desc.startsWith("[")) {
            classObj = ctx.arrayClass(desc);
            test = "jrt_is_subclass(" + v + "->klass, &" + classObj + ")";
        } else {
            ClassInfo c = program.get(desc);
            classObj = ctx.names.classObject(c);
            test = ctx.classTest(v + "->klass", c);
        }
        if (t.opcode() == Opcode.INSTANCEOF) {
            line(var(n - 1, 'i') + " = " + v + " != NULL && " + test + ";");
        } else {
            line("if (JUNLIKELY(" + v + " != NULL && !(" + test + "))) "
                    + raise(i, ctx.throwCall("classCast", v + ", (jobject)&" + classObj)));
        }
    }

    // ---------------------------------------------------------------- for Invocation

    void emitLine(String s) {
        line(s);
    }

    String stackVar(int pos, char kind) {
        return var(pos, kind);
    }

    String topVar(String st, int k) {
        return top(st, k);
    }

    void emitNullCheck(int i, String st, int depth) {
        nullCheck(i, st, depth);
    }

    void emitCheckPending(int i) {
        checkPending(i);
    }

    String raiseAt(int i, String expr) {
        return raise(i, expr);
    }

    Code code() {
        return code;
    }

    MethodInfo method() {
        return method;
    }
}
