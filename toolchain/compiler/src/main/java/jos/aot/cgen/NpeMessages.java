package jos.aot.cgen;

import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.Instruction;
import java.lang.classfile.Label;
import java.lang.classfile.Opcode;
import java.lang.classfile.TypeKind;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.DoubleEntry;
import java.lang.classfile.constantpool.FloatEntry;
import java.lang.classfile.constantpool.IntegerEntry;
import java.lang.classfile.constantpool.LongEntry;
import java.lang.classfile.constantpool.StringEntry;
import java.lang.classfile.instruction.BranchInstruction;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.ConvertInstruction;
import java.lang.classfile.instruction.DiscontinuedInstruction;
import java.lang.classfile.instruction.ExceptionCatch;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LoadInstruction;
import java.lang.classfile.instruction.LocalVariable;
import java.lang.classfile.instruction.LookupSwitchInstruction;
import java.lang.classfile.instruction.NewMultiArrayInstruction;
import java.lang.classfile.instruction.StoreInstruction;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.classfile.instruction.TableSwitchInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jos.aot.analysis.Code;
import jos.aot.analysis.Program;

/**
 * HotSpot's helpful NullPointerException messages (JEP 358), computed at compile time for each
 * instruction that can dereference null.
 *
 * <p>This is a transcription of HotSpot's {@code ExceptionMessageBuilder} (bytecodeUtils.cpp), quirks
 * included, working on instruction indices instead of bytecode indices (the order of instructions is
 * all the analysis depends on):
 * <ul>
 * <li>the operand stack is simulated forwards, each slot remembering the instruction that pushed it
 *     (or nothing after a merge of different pushers), together with a set of local slots written
 *     so far (which decides between {@code <parameterN>} and {@code <localN>} without a
 *     LocalVariableTable);</li>
 * <li>HotSpot stops the simulation as soon as its linear sweep reaches the faulting bytecode with a
 *     stack, so back edges not yet seen are not merged in. All messages of a method are computed in
 *     one sweep, each at the moment HotSpot's own sweep for that bytecode would have stopped;</li>
 * <li>exception handlers start with a fresh stack holding only the exception and no written locals;
 *     switches also "fall through" to the next instruction; the fall-through merge is folded into
 *     the stack passed on to the branch targets;</li>
 * <li>the null value is described by walking back from its pusher, at most five levels deep.</li>
 * </ul>
 * Methods of compiler-made classes (lambda proxies, invokedynamic helpers) stand for HotSpot's hidden
 * classes, whose frames HotSpot skips: it gives no message for an NPE raised there.
 */
final class NpeMessages {
    private final Program program;
    private final Map<Code, String[]> cache = new IdentityHashMap<>();

    NpeMessages(Program program) {
        this.program = program;
    }

    /** The message HotSpot would give for a null dereference at instruction i, or null for none. */
    synchronized String describe(Code code, int i) {
        if (code.method.owner.synthetic) return null;
        if (i < 0 || i >= code.size()) return null;
        String[] messages = cache.get(code);
        if (messages == null) {
            messages = analyze(code);
            cache.put(code, messages);
        }
        return messages[i];
    }

    private static String[] analyze(Code code) {
        try {
            return new Analysis(code).run();
        } catch (RuntimeException inconsistent) {
            // Only bytecode the verifier would refuse (or jsr/ret, which the compiler refuses anyway) gets
            // here: keep the failed action, which needs no analysis, rather than failing the compilation.
            String[] messages = new String[code.size()];
            for (int i = 0; i < code.size(); i++) {
                Instruction insn = code.insns.get(i);
                if (nullSlot(insn) >= 0) {
                    StringBuilder sb = new StringBuilder();
                    failedAction(sb, insn);
                    messages[i] = sb.toString();
                }
            }
            return messages;
        }
    }

    /** Whether the instruction stands for an invokedynamic that IndyLowering turned into a helper call. */
    static boolean isLoweredIndy(InvokeInstruction inv) {
        return inv.opcode() == Opcode.INVOKESTATIC && inv.owner().asInternalName().endsWith("$$Indy")
                && inv.name().stringValue().startsWith("indy$");
    }

    // ---------------------------------------------------------------- the simulated operand stack

    /** An entry is the index of the pushing instruction, or INVALID when that is ambiguous. */
    private static final int INVALID = -1;
    /** HotSpot's limit on the number of stack entries, against insane methods. */
    private static final int MAX_ENTRIES = 1_000_000;
    private static final int MAX_CAUSE_DETAIL = 5;
    private static final int NPE_EXPLICIT_CONSTRUCTED = -2;
    private static final int NO_NPE = -1;

    private static final class Stack {
        int[] data;
        int size;
        long written;   // local slots written on some path here; slots above 63 count as written

        Stack() {
            data = new int[8];
        }

        Stack(Stack other) {
            data = Arrays.copyOf(other.data, Math.max(other.size, 8));
            size = other.size;
            written = other.written;
        }

        void push(int entry) {
            if (size == data.length) data = Arrays.copyOf(data, size * 2);
            data[size++] = entry;
        }

        /** Pushes a value of the given size in slots (0 for void, 2 for long and double). */
        void push(int entry, int slots) {
            for (int k = 0; k < slots; k++) push(entry);
        }

        void pop(int slots) {
            size -= slots;
            if (size < 0) throw new IllegalStateException("operand stack underflow");
        }

        /** Slot 0 is the top of the stack. */
        int get(int slot) {
            return data[size - 1 - slot];
        }

        void merge(Stack other) {
            if (other.size != size) throw new IllegalStateException("operand stacks of different depths meet");
            for (int k = 0; k < size; k++) {
                if (data[k] != other.data[k]) data[k] = INVALID;
            }
            written |= other.written;
        }

        void setWritten(int slot) {
            if (slot > 63) return;
            written |= 1L << slot;
        }

        boolean wasWritten(int slot) {
            if (slot > 63) return true;
            return (written & (1L << slot)) != 0;
        }
    }

    private record LocalVar(int start, int end, int slot, String name) {}

    // ---------------------------------------------------------------- the analysis of one method

    private static final class Analysis {
        final Code code;
        final int n;
        final Stack[] stacks;
        final String[] messages;
        final boolean[] pending;
        final boolean isStatic;
        final MethodTypeDesc signature;
        List<LocalVar> locals;
        boolean allProcessed;
        boolean addedOne;
        int entries;

        Analysis(Code code) {
            this.code = code;
            this.n = code.size();
            this.stacks = new Stack[n + 1];
            this.messages = new String[n];
            this.pending = new boolean[n];
            this.isStatic = code.method.isStatic;
            this.signature = MethodTypeDesc.ofDescriptor(code.method.descriptor);
        }

        String[] run() {
            int wanted = 0;
            for (int i = 0; i < n; i++) {
                int slot = nullSlot(code.insns.get(i));
                if (slot >= 0) {
                    pending[i] = true;
                    wanted++;
                }
            }
            if (wanted == 0) return messages;

            stacks[0] = new Stack();
            for (ExceptionCatch ec : code.handlers) {
                int h = code.indexOf(ec.handler());
                if (stacks[h] == null) {
                    stacks[h] = new Stack();
                    stacks[h].push(h);
                }
            }
            allProcessed = false;
            addedOne = true;
            sweeps:
            while (!allProcessed && addedOne) {
                allProcessed = true;
                addedOne = false;
                for (int i = 0; i < n; ) {
                    step(i);
                    i++;
                    // HotSpot's analysis for the bytecode at i ends here: describe it from this state.
                    if (i < n && pending[i] && stacks[i] != null) {
                        pending[i] = false;
                        messages[i] = message(i);
                        if (--wanted == 0) return messages;
                    }
                    if (entries > MAX_ENTRIES) break sweeps;
                }
            }
            for (int i = 0; i < n; i++) {
                if (pending[i]) messages[i] = message(i);
            }
            return messages;
        }

        private void merge(int target, Stack stack) {
            if (stacks[target] != null) {
                stack.merge(stacks[target]);
            } else {
                entries += stack.size;
            }
            stacks[target] = new Stack(stack);
        }

        /** Simulates instruction i (HotSpot's do_instruction). */
        private void step(int i) {
            if (stacks[i] == null) {
                allProcessed = false;
                return;
            }
            Stack st = new Stack(stacks[i]);
            Instruction insn = code.insns.get(i);
            int dest = -1;
            List<Integer> dests = List.of();
            boolean flowEnded = false;
            Opcode op = insn.opcode();
            switch (op) {
                case NOP -> { }
                case ACONST_NULL, ICONST_M1, ICONST_0, ICONST_1, ICONST_2, ICONST_3, ICONST_4, ICONST_5,
                     FCONST_0, FCONST_1, FCONST_2, BIPUSH, SIPUSH, NEW -> st.push(i, 1);
                case LCONST_0, LCONST_1, DCONST_0, DCONST_1 -> st.push(i, 2);
                case IINC, IINC_W -> { }
                case LDC, LDC_W, LDC2_W -> {
                    var entry = ((ConstantInstruction.LoadConstantInstruction) insn).constantEntry();
                    if (entry instanceof ClassEntry || entry instanceof StringEntry || entry instanceof IntegerEntry
                            || entry instanceof FloatEntry) {
                        st.push(i, 1);
                    } else if (entry instanceof LongEntry || entry instanceof DoubleEntry) {
                        st.push(i, 2);
                    }
                    // HotSpot pushes nothing for method handles, method types and dynamic constants.
                }
                case IALOAD, FALOAD, AALOAD, BALOAD, CALOAD, SALOAD -> {
                    st.pop(2);
                    st.push(i, 1);
                }
                case LALOAD, DALOAD -> {
                    st.pop(2);
                    st.push(i, 2);
                }
                case IASTORE, FASTORE, AASTORE, BASTORE, CASTORE, SASTORE -> st.pop(3);
                case LASTORE, DASTORE -> st.pop(4);
                case POP, MONITORENTER, MONITOREXIT -> st.pop(1);
                case POP2 -> st.pop(2);
                case DUP -> st.push(st.get(0));
                case DUP_X1 -> {
                    int t1 = st.get(0), t2 = st.get(1);
                    st.pop(2);
                    st.push(t1);
                    st.push(t2);
                    st.push(t1);
                }
                case DUP_X2 -> {
                    int t1 = st.get(0), t2 = st.get(1), t3 = st.get(2);
                    st.pop(3);
                    st.push(t1);
                    st.push(t3);
                    st.push(t2);
                    st.push(t1);
                }
                case DUP2 -> {
                    st.push(st.get(1));
                    st.push(st.get(1));
                }
                case DUP2_X1 -> {
                    int t1 = st.get(0), t2 = st.get(1), t3 = st.get(2);
                    st.pop(3);
                    st.push(t2);
                    st.push(t1);
                    st.push(t3);
                    st.push(t2);
                    st.push(t1);
                }
                case DUP2_X2 -> {
                    int t1 = st.get(0), t2 = st.get(1), t3 = st.get(2), t4 = st.get(3);
                    st.pop(4);
                    st.push(t2);
                    st.push(t1);
                    st.push(t4);
                    st.push(t3);
                    st.push(t2);
                    st.push(t1);
                }
                case SWAP -> {
                    int t1 = st.get(0), t2 = st.get(1);
                    st.pop(2);
                    st.push(t1);
                    st.push(t2);
                }
                case IADD, ISUB, IMUL, IDIV, IREM, IAND, IOR, IXOR, FADD, FSUB, FMUL, FDIV, FREM -> {
                    st.pop(2);
                    st.push(i, 1);
                }
                case LADD, LSUB, LMUL, LDIV, LREM, LAND, LOR, LXOR, DADD, DSUB, DMUL, DDIV, DREM -> {
                    st.pop(4);
                    st.push(i, 2);
                }
                case INEG, FNEG -> {
                    st.pop(1);
                    st.push(i, 1);
                }
                case LNEG, DNEG -> {
                    st.pop(2);
                    st.push(i, 2);
                }
                case ISHL, ISHR, IUSHR -> {
                    st.pop(2);
                    st.push(i, 1);
                }
                case LSHL, LSHR, LUSHR -> {
                    st.pop(3);
                    st.push(i, 2);
                }
                case I2L, I2F, I2D, F2I, F2L, F2D, I2B, I2C, I2S, L2I, L2F, L2D, D2I, D2L, D2F -> {
                    ConvertInstruction cv = (ConvertInstruction) insn;
                    st.pop(cv.fromType().slotSize());
                    st.push(i, cv.toType().slotSize());
                }
                case LCMP, DCMPL, DCMPG -> {
                    st.pop(4);
                    st.push(i, 1);
                }
                case FCMPL, FCMPG -> {
                    st.pop(2);
                    st.push(i, 1);
                }
                case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE, IFNULL, IFNONNULL -> {
                    st.pop(1);
                    dest = code.indexOf(((BranchInstruction) insn).target());
                }
                case IF_ICMPEQ, IF_ICMPNE, IF_ICMPLT, IF_ICMPGE, IF_ICMPGT, IF_ICMPLE, IF_ACMPEQ, IF_ACMPNE -> {
                    st.pop(2);
                    dest = code.indexOf(((BranchInstruction) insn).target());
                }
                case GOTO, GOTO_W -> {
                    dest = code.indexOf(((BranchInstruction) insn).target());
                    flowEnded = true;
                }
                case JSR, JSR_W -> {
                    st.push(i, 1);
                    dest = code.indexOf(((DiscontinuedInstruction.JsrInstruction) insn).target());
                    flowEnded = true;
                }
                case RET, RET_W -> flowEnded = true;
                case TABLESWITCH -> {
                    // HotSpot does not end the flow here: the next instruction gets the stack too.
                    TableSwitchInstruction ts = (TableSwitchInstruction) insn;
                    st.pop(1);
                    dest = code.indexOf(ts.defaultTarget());
                    dests = caseTargets(ts.lowValue(), ts.highValue(), ts.cases(), ts.defaultTarget());
                }
                case LOOKUPSWITCH -> {
                    LookupSwitchInstruction ls = (LookupSwitchInstruction) insn;
                    st.pop(1);
                    dest = code.indexOf(ls.defaultTarget());
                    List<Integer> ds = new ArrayList<>();
                    for (SwitchCase c : ls.cases()) ds.add(code.indexOf(c.target()));
                    dests = ds;
                }
                case IRETURN, FRETURN, ARETURN, ATHROW -> {
                    st.pop(1);
                    flowEnded = true;
                }
                case LRETURN, DRETURN -> {
                    st.pop(2);
                    flowEnded = true;
                }
                case RETURN -> flowEnded = true;
                case GETSTATIC -> st.push(i, slotSize(((FieldInstruction) insn).typeSymbol()));
                case GETFIELD -> {
                    st.pop(1);
                    st.push(i, slotSize(((FieldInstruction) insn).typeSymbol()));
                }
                case PUTSTATIC -> st.pop(slotSize(((FieldInstruction) insn).typeSymbol()));
                case PUTFIELD -> st.pop(slotSize(((FieldInstruction) insn).typeSymbol()) + 1);
                case INVOKEVIRTUAL, INVOKESPECIAL, INVOKESTATIC, INVOKEINTERFACE -> {
                    InvokeInstruction inv = (InvokeInstruction) insn;
                    if (op != Opcode.INVOKESTATIC) st.pop(1);
                    MethodTypeDesc t = inv.typeSymbol();
                    st.pop(argSize(t));
                    st.push(i, slotSize(t.returnType()));
                }
                case INVOKEDYNAMIC -> {
                    MethodTypeDesc t = ((InvokeDynamicInstruction) insn).typeSymbol();
                    st.pop(argSize(t));
                    st.push(i, slotSize(t.returnType()));
                }
                case NEWARRAY, ANEWARRAY, INSTANCEOF, ARRAYLENGTH -> {
                    st.pop(1);
                    st.push(i, 1);
                }
                case CHECKCAST -> { }
                case MULTIANEWARRAY -> {
                    st.pop(((NewMultiArrayInstruction) insn).dimensions());
                    st.push(i, 1);
                }
                default -> {
                    if (insn instanceof LoadInstruction l) {
                        st.push(i, l.typeKind().slotSize());
                    } else if (insn instanceof StoreInstruction s) {
                        st.setWritten(s.slot());
                        st.pop(s.typeKind().slotSize());
                    } else {
                        // HotSpot gives up on bytecodes it does not know.
                        allProcessed = false;
                        addedOne = false;
                        return;
                    }
                }
            }
            if (!flowEnded) {
                if (stacks[i + 1] == null) addedOne = true;
                merge(i + 1, st);
            }
            if (dest != -1) {
                if (stacks[dest] == null) addedOne = true;
                merge(dest, st);
            }
            for (int d : dests) {
                if (stacks[d] == null) addedOne = true;
                merge(d, st);
            }
        }

        private List<Integer> caseTargets(int low, int high, List<SwitchCase> cases, Label dflt) {
            Map<Integer, Label> byValue = new HashMap<>();
            for (SwitchCase c : cases) byValue.putIfAbsent(c.caseValue(), c.target());
            List<Integer> out = new ArrayList<>();
            for (long v = low; v <= high; v++) out.add(code.indexOf(byValue.getOrDefault((int) v, dflt)));
            return out;
        }

        // ------------------------------------------------------------ messages

        private String message(int i) {
            Instruction insn = code.insns.get(i);
            int slot = nullSlot(insn);
            if (slot < 0) return null;
            StringBuilder sb = new StringBuilder();
            failedAction(sb, insn);
            if (cause(sb, i, slot, MAX_CAUSE_DETAIL, false, " because \"")) sb.append("\" is null");
            return sb.toString();
        }

        /** HotSpot's print_NPE_cause0: describes what pushed the given stack slot at instruction index at. */
        private boolean cause(StringBuilder sb, int at, int slot, int maxDetail, boolean innerExpr, String prefix) {
            if (maxDetail <= 0) return false;
            Stack stack = stacks[at];
            if (stack == null) return false;
            if (slot < 0 || slot >= stack.size) return false;
            int source = stack.get(slot);
            if (source == INVALID) return false;
            Instruction insn = code.insns.get(source);
            Opcode op = insn.opcode();
            boolean isInvoke = (op == Opcode.INVOKEVIRTUAL || op == Opcode.INVOKESPECIAL
                    || op == Opcode.INVOKESTATIC || op == Opcode.INVOKEINTERFACE)
                    && !isLoweredIndy((InvokeInstruction) insn);
            if (maxDetail == MAX_CAUSE_DETAIL && prefix != null && !isInvoke) sb.append(prefix);

            if (insn instanceof LoadInstruction l) {
                if (l.typeKind() != TypeKind.INT && l.typeKind() != TypeKind.REFERENCE) return false;
                localVariable(sb, source, l.slot(), !stack.wasWritten(l.slot()));
                return true;
            }
            switch (op) {
                case ACONST_NULL -> sb.append("null");
                case ICONST_M1 -> sb.append("-1");
                case ICONST_0 -> sb.append("0");
                case ICONST_1 -> sb.append("1");
                case ICONST_2 -> sb.append("2");
                case ICONST_3 -> sb.append("3");
                case ICONST_4 -> sb.append("4");
                case ICONST_5 -> sb.append("5");
                case BIPUSH -> sb.append(((ConstantInstruction.ArgumentConstantInstruction) insn).constantValue().intValue());
                // HotSpot reads sipush's operand unsigned.
                case SIPUSH -> sb.append(((ConstantInstruction.ArgumentConstantInstruction) insn).constantValue().intValue() & 0xFFFF);
                case IALOAD, AALOAD -> {
                    if (!cause(sb, source, 1, maxDetail - 1, innerExpr, null)) sb.append("<array>");
                    sb.append('[');
                    if (!cause(sb, source, 0, maxDetail, true, null)) sb.append("...");
                    sb.append(']');
                }
                case GETSTATIC -> {
                    FieldInstruction f = (FieldInstruction) insn;
                    sb.append(klassName(f.owner())).append('.').append(f.name().stringValue());
                }
                case GETFIELD -> {
                    FieldInstruction f = (FieldInstruction) insn;
                    if (cause(sb, source, 0, maxDetail - 1, innerExpr, null)) sb.append('.');
                    sb.append(f.name().stringValue());
                }
                case INVOKEVIRTUAL, INVOKESPECIAL, INVOKESTATIC, INVOKEINTERFACE -> {
                    if (!isInvoke) return false;   // a lowered invokedynamic: HotSpot does not describe those
                    if (maxDetail == MAX_CAUSE_DETAIL && !innerExpr) sb.append(" because the return value of \"");
                    methodName(sb, (InvokeInstruction) insn);
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        /** HotSpot's print_local_var. */
        private void localVariable(StringBuilder sb, int at, int slot, boolean isParameter) {
            for (LocalVar lv : locals()) {
                if (at >= lv.start && at < lv.end && lv.slot == slot) {
                    sb.append(lv.name);
                    return;
                }
            }
            if (!isStatic && slot == 0 && isParameter) {
                sb.append("this");
                return;
            }
            int curr = isStatic ? 0 : 1;
            int paramIndex = 1;
            boolean found = false;
            for (ClassDesc p : signature.parameterList()) {
                int size = slotSize(p);
                if (slot >= curr && slot < curr + size) {
                    found = true;
                    break;
                }
                paramIndex++;
                curr += size;
            }
            if (found && isParameter) {
                sb.append("<parameter").append(paramIndex).append('>');
            } else {
                sb.append("<local").append(slot).append('>');
            }
        }

        /** The LocalVariableTable in class-file order, scopes as instruction indices. */
        private List<LocalVar> locals() {
            if (locals != null) return locals;
            List<LocalVar> out = new ArrayList<>();
            CodeModel cm = code.method.code();
            if (cm != null) {
                for (CodeElement e : cm.elementList()) {
                    if (e instanceof LocalVariable lv) {
                        try {
                            out.add(new LocalVar(code.indexOf(lv.startScope()), code.indexOf(lv.endScope()),
                                    lv.slot(), lv.name().stringValue()));
                        } catch (IllegalStateException unbound) {
                            // a malformed scope: HotSpot would have refused the class
                        }
                    }
                }
            }
            locals = out;
            return out;
        }
    }

    // ---------------------------------------------------------------- what failed

    /** HotSpot's get_NPE_null_slot: the stack slot holding the null reference, or a negative code. */
    private static int nullSlot(Instruction insn) {
        return switch (insn.opcode()) {
            case GETFIELD, ARRAYLENGTH, ATHROW, MONITORENTER, MONITOREXIT -> 0;
            case IALOAD, FALOAD, AALOAD, BALOAD, CALOAD, SALOAD, LALOAD, DALOAD -> 1;
            case IASTORE, FASTORE, AASTORE, BASTORE, CASTORE, SASTORE -> 2;
            case LASTORE, DASTORE -> 3;
            case PUTFIELD -> slotSize(((FieldInstruction) insn).typeSymbol());
            case INVOKEVIRTUAL, INVOKESPECIAL, INVOKEINTERFACE -> {
                InvokeInstruction inv = (InvokeInstruction) insn;
                // HotSpot assumes a constructor call never throws an implicit NPE.
                if (inv.name().stringValue().equals("<init>")) yield NPE_EXPLICIT_CONSTRUCTED;
                yield argSize(inv.typeSymbol());
            }
            default -> NO_NPE;
        };
    }

    /** HotSpot's print_NPE_failed_action. */
    private static void failedAction(StringBuilder sb, Instruction insn) {
        switch (insn.opcode()) {
            case IALOAD -> sb.append("Cannot load from int array");
            case FALOAD -> sb.append("Cannot load from float array");
            case AALOAD -> sb.append("Cannot load from object array");
            case BALOAD -> sb.append("Cannot load from byte/boolean array");
            case CALOAD -> sb.append("Cannot load from char array");
            case SALOAD -> sb.append("Cannot load from short array");
            case LALOAD -> sb.append("Cannot load from long array");
            case DALOAD -> sb.append("Cannot load from double array");
            case IASTORE -> sb.append("Cannot store to int array");
            case FASTORE -> sb.append("Cannot store to float array");
            case AASTORE -> sb.append("Cannot store to object array");
            case BASTORE -> sb.append("Cannot store to byte/boolean array");
            case CASTORE -> sb.append("Cannot store to char array");
            case SASTORE -> sb.append("Cannot store to short array");
            case LASTORE -> sb.append("Cannot store to long array");
            case DASTORE -> sb.append("Cannot store to double array");
            case ARRAYLENGTH -> sb.append("Cannot read the array length");
            case ATHROW -> sb.append("Cannot throw exception");
            case MONITORENTER -> sb.append("Cannot enter synchronized block");
            case MONITOREXIT -> sb.append("Cannot exit synchronized block");
            case GETFIELD -> sb.append("Cannot read field \"").append(((FieldInstruction) insn).name().stringValue()).append('"');
            case PUTFIELD -> sb.append("Cannot assign field \"").append(((FieldInstruction) insn).name().stringValue()).append('"');
            case INVOKEVIRTUAL, INVOKESPECIAL, INVOKEINTERFACE -> {
                sb.append("Cannot invoke \"");
                methodName(sb, (InvokeInstruction) insn);
                sb.append('"');
            }
            default -> throw new IllegalStateException("no NPE at " + insn);
        }
    }

    // ---------------------------------------------------------------- names as HotSpot prints them

    /** print_klass_name: the external name, with java.lang.Object and java.lang.String shortened. */
    private static String klassName(ClassEntry c) {
        String name = c.asInternalName().replace('/', '.');
        if (name.equals("java.lang.Object")) return "Object";
        if (name.equals("java.lang.String")) return "String";
        return name;
    }

    /** print_method_name: Class.name(parameter types). */
    private static void methodName(StringBuilder sb, InvokeInstruction inv) {
        sb.append(klassName(inv.owner())).append('.').append(inv.name().stringValue()).append('(');
        StringBuilder sig = new StringBuilder();
        boolean first = true;
        for (ClassDesc p : inv.typeSymbol().parameterList()) {
            if (!first) sig.append(", ");
            first = false;
            sig.append(externalTypeName(p));
        }
        sb.append(trimWellKnownClassNames(sig.toString())).append(')');
    }

    private static String externalTypeName(ClassDesc t) {
        String d = t.descriptorString();
        int dims = 0;
        while (d.charAt(dims) == '[') dims++;
        String base = d.substring(dims);
        String name = switch (base.charAt(0)) {
            case 'Z' -> "boolean";
            case 'B' -> "byte";
            case 'C' -> "char";
            case 'S' -> "short";
            case 'I' -> "int";
            case 'J' -> "long";
            case 'F' -> "float";
            case 'D' -> "double";
            case 'V' -> "void";
            default -> base.substring(1, base.length() - 1).replace('/', '.');
        };
        return name + "[]".repeat(dims);
    }

    /**
     * HotSpot's trim_well_known_class_names_from_signature, character for character: it drops
     * "java.lang." before any name that starts with java.lang.Object or java.lang.String (so
     * java.lang.StringBuilder becomes StringBuilder too) at the start or after ", ".
     */
    static String trimWellKnownClassNames(String signature) {
        final String obj = "java.lang.Object", str = "java.lang.String";
        int len = signature.length();
        int skip = "java.lang.".length();
        if (len < obj.length()) return signature;
        StringBuilder out = new StringBuilder(len);
        for (int src = 0; src < len; src++) {
            if ((src == 0 && (signature.startsWith(obj, src) || signature.startsWith(str, src)))
                    || (src > 1 && (signature.startsWith(", " + obj, src - 2) || signature.startsWith(", " + str, src - 2)))) {
                src += skip;
            }
            if (src < len) out.append(signature.charAt(src));
        }
        return out.toString();
    }

    private static int slotSize(ClassDesc t) {
        String d = t.descriptorString();
        return switch (d.charAt(0)) {
            case 'V' -> 0;
            case 'J', 'D' -> 2;
            default -> 1;
        };
    }

    private static int argSize(MethodTypeDesc t) {
        int size = 0;
        for (ClassDesc p : t.parameterList()) size += slotSize(p);
        return size;
    }
}
