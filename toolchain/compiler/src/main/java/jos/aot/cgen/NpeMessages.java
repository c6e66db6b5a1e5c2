package jos.aot.cgen;

import java.lang.classfile.CodeElement;
import java.lang.classfile.Instruction;
import java.lang.classfile.Opcode;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.ArrayLoadInstruction;
import java.lang.classfile.instruction.ArrayStoreInstruction;
import java.lang.classfile.instruction.BranchInstruction;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.ConvertInstruction;
import java.lang.classfile.instruction.ExceptionCatch;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.IncrementInstruction;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LoadInstruction;
import java.lang.classfile.instruction.LocalVariable;
import java.lang.classfile.instruction.LookupSwitchInstruction;
import java.lang.classfile.instruction.MonitorInstruction;
import java.lang.classfile.instruction.NewMultiArrayInstruction;
import java.lang.classfile.instruction.NewObjectInstruction;
import java.lang.classfile.instruction.NewPrimitiveArrayInstruction;
import java.lang.classfile.instruction.NewReferenceArrayInstruction;
import java.lang.classfile.instruction.NopInstruction;
import java.lang.classfile.instruction.OperatorInstruction;
import java.lang.classfile.instruction.ReturnInstruction;
import java.lang.classfile.instruction.StackInstruction;
import java.lang.classfile.instruction.StoreInstruction;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.classfile.instruction.TableSwitchInstruction;
import java.lang.classfile.instruction.ThrowInstruction;
import java.lang.classfile.instruction.TypeCheckInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jos.aot.analysis.Code;
import jos.aot.analysis.Program;

/**
 * The helpful NullPointerException messages of JEP 358, worked out at compile time for every
 * instruction that dereferences a reference: "Cannot &lt;action&gt;" and, when the null can be traced
 * back, "because &lt;what&gt; is null".
 *
 * <p>The tracing is a forward dataflow over the method: each operand-stack word remembers the
 * instruction that pushed it, words pushed by different instructions on joining paths are
 * forgotten, and a description walks back from the null word's pusher. The points where the result
 * depends on how HotSpot runs its dataflow were pinned down against HotSpot (NpeMessagesTest):
 * <ul>
 * <li>the method is swept from first to last instruction, again and again while a backward edge
 *     brings something new, and a dereference is described with the state the sweep has when it
 *     first arrives there, so later merges (loops, back edges) do not count;</li>
 * <li>after a conditional branch or a switch, the state joined into the next instruction (a switch
 *     counts it as a successor too) is what the branch targets receive;</li>
 * <li>a handler starts with one word pushed "by" its own first instruction and no locals assigned;</li>
 * <li>a local without a debug name is a parameter while no store to it was seen on the way
 *     (iinc does not count, slots from 64 on are never parameters);</li>
 * <li>descriptions go at most five references deep; array indexes do not add to the depth.</li>
 * </ul>
 * Code in compiler-made classes (lambda proxies, invokedynamic helpers) stands for HotSpot's hidden
 * frames, which get no message at all.
 */
final class NpeMessages {
    private final Map<Code, String[]> byCode = new IdentityHashMap<>();

    NpeMessages(Program program) {
        // messages depend on the method's own code only
    }

    /** HotSpot's message for a null dereferenced by instruction i, or null where none is raised. */
    synchronized String describe(Code code, int i) {
        if (code.method.owner.synthetic || i < 0 || i >= code.size()) return null;
        return byCode.computeIfAbsent(code, NpeMessages::messagesOf)[i];
    }

    private static String[] messagesOf(Code code) {
        try {
            return new Sweep(code).messages();
        } catch (IllegalStateException unverifiable) {
            // Bytecode HotSpot's verifier would refuse (or jsr/ret, which the compiler refuses later):
            // the action alone needs no dataflow.
            String[] out = new String[code.size()];
            for (int i = 0; i < out.length; i++) out[i] = action(code.insns.get(i));
            return out;
        }
    }

    // ---------------------------------------------------------------- what failed

    /** "Cannot ..." for an instruction that dereferences, null for any other. */
    private static String action(Instruction insn) {
        return switch (insn) {
            case ArrayLoadInstruction a -> "Cannot load from " + elementWord(a.typeKind()) + " array";
            case ArrayStoreInstruction a -> "Cannot store to " + elementWord(a.typeKind()) + " array";
            case FieldInstruction f when f.opcode() == Opcode.GETFIELD -> "Cannot read field \"" + f.name().stringValue() + "\"";
            case FieldInstruction f when f.opcode() == Opcode.PUTFIELD -> "Cannot assign field \"" + f.name().stringValue() + "\"";
            case InvokeInstruction inv when inv.opcode() != Opcode.INVOKESTATIC -> "Cannot invoke \"" + methodText(inv) + "\"";
            case ThrowInstruction t -> "Cannot throw exception";
            case MonitorInstruction m -> m.opcode() == Opcode.MONITORENTER
                    ? "Cannot enter synchronized block" : "Cannot exit synchronized block";
            case OperatorInstruction o when o.opcode() == Opcode.ARRAYLENGTH -> "Cannot read the array length";
            default -> null;
        };
    }

    /** How many stack words lie above the reference the instruction dereferences. */
    private static int wordsAboveReceiver(Instruction insn) {
        return switch (insn) {
            case ArrayLoadInstruction a -> 1;
            case ArrayStoreInstruction a -> 1 + a.typeKind().slotSize();
            case FieldInstruction f when f.opcode() == Opcode.PUTFIELD -> TypeKind.from(f.typeSymbol()).slotSize();
            case InvokeInstruction inv -> argumentWords(inv.typeSymbol());
            default -> 0;
        };
    }

    private static String elementWord(TypeKind k) {
        return switch (k) {
            case BYTE, BOOLEAN -> "byte/boolean";  // baload and bastore serve both
            case REFERENCE -> "object";
            default -> k.name().toLowerCase(Locale.ROOT);
        };
    }

    // ---------------------------------------------------------------- spelling of classes and methods

    /** "Owner.name(parameter types)" as HotSpot prints a method. */
    private static String methodText(InvokeInstruction inv) {
        StringBuilder params = new StringBuilder();
        for (ClassDesc p : inv.typeSymbol().parameterList()) {
            if (!params.isEmpty()) params.append(", ");
            params.append(javaName(p));
        }
        return className(inv.owner().asInternalName()) + "." + inv.name().stringValue()
                + "(" + trimWellKnownClassNames(params.toString()) + ")";
    }

    /** A class as HotSpot prints the owner of a member: binary name, arrays in descriptor form. */
    private static String className(String internal) {
        String dotted = internal.replace('/', '.');
        return dotted.equals("java.lang.Object") || dotted.equals("java.lang.String") ? dotted.substring(10) : dotted;
    }

    /** A type as written in Java source, except that nested classes keep their '$'. */
    private static String javaName(ClassDesc t) {
        if (t.isArray()) return javaName(t.componentType()) + "[]";
        if (t.isPrimitive()) return t.displayName();
        String d = t.descriptorString();
        return d.substring(1, d.length() - 1).replace('/', '.');
    }

    /**
     * In a comma-separated list of type names, drops "java.lang." from those starting with
     * java.lang.Object or java.lang.String (so also StringBuilder, Objects), as HotSpot does.
     */
    static String trimWellKnownClassNames(String types) {
        StringBuilder sb = new StringBuilder(types.length());
        int from = 0;
        while (from <= types.length()) {
            int comma = types.indexOf(", ", from);
            int end = comma < 0 ? types.length() : comma;
            boolean wellKnown = types.startsWith("java.lang.Object", from) || types.startsWith("java.lang.String", from);
            sb.append(types, wellKnown ? from + "java.lang.".length() : from, end);
            if (comma < 0) break;
            sb.append(", ");
            from = comma + 2;
        }
        return sb.toString();
    }

    private static int argumentWords(MethodTypeDesc t) {
        int n = 0;
        for (ClassDesc p : t.parameterList()) n += TypeKind.from(p).slotSize();
        return n;
    }

    // ---------------------------------------------------------------- the dataflow state

    /** A word whose pusher depends on the path taken. */
    private static final int MIXED = -1;
    /** Locals tracked for assignment; a long keeps one bit per slot. */
    private static final int TRACKED_LOCALS = Long.SIZE;

    /** The operand stack before an instruction, as pushers, and the locals stored to so far. */
    private static final class Frame {
        int[] pushers;
        int height;
        long stored;

        Frame(int capacity) {
            pushers = new int[Math.max(capacity, 4)];
        }

        Frame copy() {
            Frame f = new Frame(0);
            f.pushers = pushers.clone();
            f.height = height;
            f.stored = stored;
            return f;
        }

        void push(int pusher, int words) {
            if (height + words > pushers.length) pushers = Arrays.copyOf(pushers, 2 * (height + words));
            for (int k = 0; k < words; k++) pushers[height++] = pusher;
        }

        void pop(int words) {
            if (words > height) throw new IllegalStateException("operand stack underflow");
            height -= words;
        }

        /** The pusher of the word k below the top (0: the top). */
        int below(int k) {
            if (k >= height) throw new IllegalStateException("operand stack underflow");
            return pushers[height - 1 - k];
        }

        void store(int slot, int words) {
            for (int s = slot; s < slot + words && s < TRACKED_LOCALS; s++) stored |= 1L << s;
        }

        boolean wasStored(int slot) {
            return slot >= TRACKED_LOCALS || (stored & (1L << slot)) != 0;
        }

        /** Joins another path's state into this one; true if anything changed. */
        boolean join(Frame other) {
            if (other.height != height) throw new IllegalStateException("stack heights differ at a join");
            boolean changed = (stored | other.stored) != stored;
            stored |= other.stored;
            for (int k = 0; k < height; k++) {
                if (pushers[k] != other.pushers[k] && pushers[k] != MIXED) {
                    pushers[k] = MIXED;
                    changed = true;
                }
            }
            return changed;
        }

        /** Reorders the top words: the new top-down order given as old positions from the top. */
        void shuffle(int consumed, int... newFromTop) {
            int[] old = new int[consumed];
            for (int k = 0; k < consumed; k++) old[k] = below(k);
            pop(consumed);
            for (int k = newFromTop.length - 1; k >= 0; k--) push(old[newFromTop[k]], 1);
        }
    }

    // ---------------------------------------------------------------- the sweep

    private static final class Sweep {
        final Code code;
        final List<Instruction> insns;
        final Frame[] before;
        final boolean[] visited;
        final String[] messages;
        final Naming naming;

        Sweep(Code code) {
            this.code = code;
            this.insns = code.insns;
            this.before = new Frame[code.size()];
            this.visited = new boolean[code.size()];
            this.messages = new String[code.size()];
            this.naming = new Naming(code, before);
        }

        String[] messages() {
            int n = insns.size();
            if (n == 0) return messages;
            var attr = code.method.codeAttribute();
            int capacity = attr == null ? 8 : attr.maxStack();
            before[0] = new Frame(capacity);
            for (ExceptionCatch h : code.handlers) {
                int at = code.indexOf(h.handler());
                Frame f = new Frame(capacity);
                f.push(at, 1);
                flowInto(at, f);
            }
            boolean again = true;
            while (again) {
                again = false;
                for (int i = 0; i < n; i++) {
                    if (before[i] == null) continue;
                    if (!visited[i]) {
                        visited[i] = true;
                        messages[i] = messageAt(i);
                    }
                    again |= step(i);
                }
            }
            // Unreachable code never raises; still give its action.
            for (int i = 0; i < n; i++) if (!visited[i]) messages[i] = action(insns.get(i));
            return messages;
        }

        private String messageAt(int i) {
            Instruction insn = insns.get(i);
            String act = action(insn);
            if (act == null) return null;
            return act + naming.because(before[i], before[i].below(wordsAboveReceiver(insn)));
        }

        /** Joins f into the state before instruction t; true if that changed it. */
        private boolean flowInto(int t, Frame f) {
            if (t >= before.length) throw new IllegalStateException("control falls off the end");
            if (before[t] == null) {
                before[t] = f.copy();
                return true;
            }
            return before[t].join(f);
        }

        /** Runs instruction i on a copy of its state and passes the result on; true if a back edge changed something. */
        private boolean step(int i) {
            Instruction insn = insns.get(i);
            Frame f = before[i].copy();
            switch (insn) {
                case BranchInstruction b -> {
                    f.pop(switch (b.opcode()) {
                        case GOTO, GOTO_W -> 0;
                        case IF_ICMPEQ, IF_ICMPNE, IF_ICMPLT, IF_ICMPGE, IF_ICMPGT, IF_ICMPLE, IF_ACMPEQ, IF_ACMPNE -> 2;
                        default -> 1;
                    });
                    int target = code.indexOf(b.target());
                    if (b.opcode() == Opcode.GOTO || b.opcode() == Opcode.GOTO_W) return flowInto(target, f) && target <= i;
                    return branch(i, f, List.of(target));
                }
                case TableSwitchInstruction s -> {
                    f.pop(1);
                    return branch(i, f, switchTargets(s.defaultTarget(), s.cases()));
                }
                case LookupSwitchInstruction s -> {
                    f.pop(1);
                    return branch(i, f, switchTargets(s.defaultTarget(), s.cases()));
                }
                case ReturnInstruction r -> {
                    return false;
                }
                case ThrowInstruction t -> {
                    return false;
                }
                default -> {
                    simulate(i, insn, f);
                    flowInto(i + 1, f);
                    return false;
                }
            }
        }

        private List<Integer> switchTargets(java.lang.classfile.Label dflt, List<SwitchCase> cases) {
            List<Integer> targets = new ArrayList<>(cases.size() + 1);
            targets.add(code.indexOf(dflt));
            for (SwitchCase c : cases) targets.add(code.indexOf(c.target()));
            return targets;
        }

        /** A conditional branch or switch: the next instruction first, then the targets get what it holds. */
        private boolean branch(int i, Frame f, List<Integer> targets) {
            flowInto(i + 1, f);
            Frame joined = before[i + 1];
            boolean back = false;
            for (int t : targets) back |= flowInto(t, joined) && t <= i;
            return back;
        }

        /** The stack effect of a straight-line instruction; every pushed word is marked with i. */
        private void simulate(int i, Instruction insn, Frame f) {
            switch (insn) {
                case LoadInstruction l -> f.push(i, l.typeKind().slotSize());
                case StoreInstruction s -> {
                    f.pop(s.typeKind().slotSize());
                    f.store(s.slot(), s.typeKind().slotSize());
                }
                case IncrementInstruction inc -> { }
                case ConstantInstruction c -> f.push(i, c.typeKind().slotSize());
                case ConvertInstruction c -> {
                    f.pop(c.fromType().slotSize());
                    f.push(i, c.toType().slotSize());
                }
                case OperatorInstruction o -> operator(i, o, f);
                case StackInstruction s -> stackOp(s.opcode(), f);
                case ArrayLoadInstruction a -> {
                    f.pop(2);
                    f.push(i, a.typeKind().slotSize());
                }
                case ArrayStoreInstruction a -> f.pop(2 + a.typeKind().slotSize());
                case FieldInstruction fi -> {
                    int size = TypeKind.from(fi.typeSymbol()).slotSize();
                    switch (fi.opcode()) {
                        case GETFIELD -> {
                            f.pop(1);
                            f.push(i, size);
                        }
                        case GETSTATIC -> f.push(i, size);
                        case PUTFIELD -> f.pop(size + 1);
                        default -> f.pop(size);
                    }
                }
                case InvokeInstruction inv -> {
                    f.pop(argumentWords(inv.typeSymbol()) + (inv.opcode() == Opcode.INVOKESTATIC ? 0 : 1));
                    f.push(i, TypeKind.from(inv.typeSymbol().returnType()).slotSize());
                }
                case InvokeDynamicInstruction indy -> {
                    f.pop(argumentWords(indy.typeSymbol()));
                    f.push(i, TypeKind.from(indy.typeSymbol().returnType()).slotSize());
                }
                case NewObjectInstruction n -> f.push(i, 1);
                case NewPrimitiveArrayInstruction n -> {
                    f.pop(1);
                    f.push(i, 1);
                }
                case NewReferenceArrayInstruction n -> {
                    f.pop(1);
                    f.push(i, 1);
                }
                case NewMultiArrayInstruction n -> {
                    f.pop(n.dimensions());
                    f.push(i, 1);
                }
                case TypeCheckInstruction t -> {
                    if (t.opcode() == Opcode.INSTANCEOF) {
                        f.pop(1);
                        f.push(i, 1);
                    }
                    // checkcast leaves the word as it was: the cast value is described by its source
                }
                case MonitorInstruction m -> f.pop(1);
                case NopInstruction n -> { }
                default -> throw new IllegalStateException("unexpected " + insn.opcode());
            }
        }

        private static void operator(int i, OperatorInstruction o, Frame f) {
            int w = o.typeKind().slotSize();
            switch (o.opcode()) {
                case ARRAYLENGTH -> {
                    f.pop(1);
                    f.push(i, 1);
                }
                case INEG, LNEG, FNEG, DNEG -> {
                    f.pop(w);
                    f.push(i, w);
                }
                case ISHL, ISHR, IUSHR, LSHL, LSHR, LUSHR -> {
                    f.pop(1 + w);
                    f.push(i, w);
                }
                case LCMP, FCMPL, FCMPG, DCMPL, DCMPG -> {
                    f.pop(2 * w);
                    f.push(i, 1);
                }
                default -> {
                    f.pop(2 * w);
                    f.push(i, w);
                }
            }
        }

        /** Stack words move without changing their pushers; 0 is the top in the shuffles below. */
        private static void stackOp(Opcode op, Frame f) {
            switch (op) {
                case POP -> f.pop(1);
                case POP2 -> f.pop(2);
                case DUP -> f.shuffle(1, 0, 0);
                case DUP_X1 -> f.shuffle(2, 0, 1, 0);
                case DUP_X2 -> f.shuffle(3, 0, 1, 2, 0);
                case DUP2 -> f.shuffle(2, 0, 1, 0, 1);
                case DUP2_X1 -> f.shuffle(3, 0, 1, 2, 0, 1);
                case DUP2_X2 -> f.shuffle(4, 0, 1, 2, 3, 0, 1);
                case SWAP -> f.shuffle(2, 1, 0);
                default -> throw new IllegalStateException("unexpected " + op);
            }
        }
    }

    // ---------------------------------------------------------------- describing the null

    /** Puts a traced stack word into words, looking back through the states before its pushers. */
    private static final class Naming {
        /** Deeper references are left out (HotSpot stops at five). */
        static final int MAX_DEPTH = 5;

        final Code code;
        final Frame[] before;
        final boolean isStatic;
        final int[] parameterAtSlot;
        final List<LocalVariable> debugNames = new ArrayList<>();

        Naming(Code code, Frame[] before) {
            this.code = code;
            this.before = before;
            this.isStatic = code.method.isStatic;
            MethodTypeDesc type = MethodTypeDesc.ofDescriptor(code.method.descriptor);
            int slots = isStatic ? 0 : 1;
            slots += argumentWords(type);
            parameterAtSlot = new int[slots];
            int slot = isStatic ? 0 : 1;
            int ordinal = 1;
            for (ClassDesc p : type.parameterList()) {
                int size = TypeKind.from(p).slotSize();
                for (int k = 0; k < size; k++) parameterAtSlot[slot + k] = ordinal;
                slot += size;
                ordinal++;
            }
            for (CodeElement e : code.method.code().elementList()) {
                if (e instanceof LocalVariable lv) debugNames.add(lv);
            }
        }

        /** The " because ..." part for the null pushed by pusher, seen from state at. */
        String because(Frame at, int pusher) {
            if (pusher == MIXED) return "";
            Instruction src = code.insns.get(pusher);
            if (src instanceof InvokeInstruction inv && !isLoweredIndy(inv)) {
                return " because the return value of \"" + methodText(inv) + "\" is null";
            }
            StringBuilder sb = new StringBuilder(" because \"");
            // HotSpot starts the quote before it finds it cannot name the value (ldc of a dynamic
            // constant, invokedynamic) and leaves the sentence at that.
            if (!name(sb, pusher, 1, at)) return sb.toString();
            return sb.append("\" is null").toString();
        }

        /** Appends what pusher pushed; false, appending nothing, when that has no name. */
        private boolean name(StringBuilder sb, int pusher, int depth, Frame at) {
            if (pusher == MIXED || depth > MAX_DEPTH) return false;
            Instruction insn = code.insns.get(pusher);
            switch (insn) {
                case ConstantInstruction c -> {
                    String text = constantText(c);
                    if (text == null) return false;
                    sb.append(text);
                    return true;
                }
                case LoadInstruction l -> {
                    sb.append(local(l.slot(), pusher, at));
                    return true;
                }
                case FieldInstruction f when f.opcode() == Opcode.GETSTATIC -> {
                    sb.append(className(f.owner().asInternalName())).append('.').append(f.name().stringValue());
                    return true;
                }
                case FieldInstruction f when f.opcode() == Opcode.GETFIELD -> {
                    if (name(sb, before[pusher].below(0), depth + 1, at)) sb.append('.');
                    sb.append(f.name().stringValue());
                    return true;
                }
                case InvokeInstruction inv when !isLoweredIndy(inv) -> {
                    sb.append(methodText(inv));
                    return true;
                }
                case ArrayLoadInstruction a when a.opcode() == Opcode.AALOAD || a.opcode() == Opcode.IALOAD -> {
                    Frame f = before[pusher];
                    if (!name(sb, f.below(1), depth + 1, at)) sb.append("<array>");
                    sb.append('[');
                    if (!name(sb, f.below(0), depth, at)) sb.append("...");
                    sb.append(']');
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }

        /** Small int constants and null are spelled out; ldc values are not. */
        private static String constantText(ConstantInstruction c) {
            return switch (c.opcode()) {
                case ACONST_NULL -> "null";
                case ICONST_M1, ICONST_0, ICONST_1, ICONST_2, ICONST_3, ICONST_4, ICONST_5, BIPUSH, SIPUSH ->
                        String.valueOf(c.constantValue());
                default -> null;
            };
        }

        /** A local's debug name at instruction index, else this, a parameter or a slot number. */
        private String local(int slot, int index, Frame at) {
            for (LocalVariable lv : debugNames) {
                if (lv.slot() == slot && code.indexOf(lv.startScope()) <= index && index < code.indexOf(lv.endScope())) {
                    return lv.name().stringValue();
                }
            }
            if (slot < parameterAtSlot.length && !at.wasStored(slot)) {
                return !isStatic && slot == 0 ? "this" : "<parameter" + parameterAtSlot[slot] + ">";
            }
            return "<local" + slot + ">";
        }
    }

    /** An invokestatic standing for an invokedynamic that IndyLowering resolved to a helper. */
    private static boolean isLoweredIndy(InvokeInstruction inv) {
        return inv.opcode() == Opcode.INVOKESTATIC && inv.name().stringValue().startsWith("indy$")
                && inv.owner().asInternalName().endsWith("$$Indy");
    }
}
