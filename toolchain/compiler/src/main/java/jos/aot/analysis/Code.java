package jos.aot.analysis;

import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.Instruction;
import java.lang.classfile.Label;
import java.lang.classfile.PseudoInstruction;
import java.lang.classfile.instruction.ExceptionCatch;
import java.lang.classfile.instruction.LabelTarget;
import java.lang.classfile.instruction.LineNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jos.aot.CompileError;
import jos.aot.model.MethodInfo;

/**
 * A method body flattened for analysis: its instructions in order, each with its bytecode index and
 * source line, labels mapped to instruction indices, and the exception table.
 */
public final class Code {
    public final MethodInfo method;
    public final List<Instruction> insns = new ArrayList<>();
    public final int[] bci;
    public final int[] line;
    public final List<ExceptionCatch> handlers = new ArrayList<>();
    private final Map<Label, Integer> labelIndex = new HashMap<>();
    private final Map<Integer, Integer> bciIndex = new HashMap<>();
    private final java.lang.classfile.attribute.CodeAttribute attribute;

    public Code(MethodInfo method) {
        this.method = method;
        CodeModel cm = method.code();
        this.attribute = cm instanceof java.lang.classfile.attribute.CodeAttribute ca ? ca : null;
        List<Integer> bcis = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int pc = 0;
        int currentLine = 0;
        List<Label> pending = new ArrayList<>();
        for (CodeElement e : cm.elementList()) {
            if (e instanceof Instruction insn) {
                for (Label l : pending) labelIndex.put(l, insns.size());
                pending.clear();
                bciIndex.put(pc, insns.size());
                insns.add(insn);
                bcis.add(pc);
                lines.add(currentLine);
                pc += insn.sizeInBytes();
            } else if (e instanceof LabelTarget lt) {
                pending.add(lt.label());
            } else if (e instanceof LineNumber ln) {
                currentLine = ln.line();
            } else if (e instanceof ExceptionCatch ec) {
                handlers.add(ec);
            } else if (e instanceof PseudoInstruction) {
                // local variable tables and the like: read where needed
            }
        }
        for (Label l : pending) labelIndex.put(l, insns.size());
        bciIndex.put(pc, insns.size());
        bci = bcis.stream().mapToInt(Integer::intValue).toArray();
        line = lines.stream().mapToInt(Integer::intValue).toArray();
    }

    public int indexOf(Label l) {
        Integer i = labelIndex.get(l);
        if (i == null && attribute != null) i = bciIndex.get(attribute.labelToBci(l));
        if (i == null) throw new IllegalStateException("unbound label in " + method);
        return i;
    }

    public int size() {
        return insns.size();
    }

    public CompileError error(int index, String message) {
        return method.error(index < bci.length ? bci[index] : -1, index < line.length ? line[index] : 0, message);
    }

    /** The first line of the method, for errors about the method as a whole. */
    public int firstLine() {
        for (int l : line) if (l > 0) return l;
        return 0;
    }
}
