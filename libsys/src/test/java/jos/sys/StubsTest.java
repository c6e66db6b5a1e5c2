package jos.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.classfile.Annotation;
import java.lang.classfile.AnnotationElement;
import java.lang.classfile.AnnotationValue;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jos.abi.IpcRegisters;
import jos.hw.Naked;
import org.junit.jupiter.api.Test;

/**
 * The stubs' assembly, run by a small interpreter of the instructions they use on the registers and
 * memory of the C calling convention: at the syscall, rax holds the number and rdi, rsi, rdx, r10, r8, r9
 * the arguments in abi.md's order; the IPC stub's record holds afterwards what the kernel returned.
 */
class StubsTest {
    static final Pattern MOVE = Pattern.compile("movq (%\\w+|-?\\d+\\(%\\w+\\)), (%\\w+|-?\\d+\\(%\\w+\\))");
    static final List<String> C_ARGUMENTS = List.of("rdi", "rsi", "rdx", "rcx", "r8", "r9");
    static final List<String> SYSCALL_ARGUMENTS = List.of("rdi", "rsi", "rdx", "r10", "r8", "r9");

    /** A machine: registers and a sparse memory of 8-byte words; what the kernel saw at the syscall. */
    static final class Cpu {
        final Map<String, Long> registers = new HashMap<>();
        final Map<Long, Long> memory = new HashMap<>();
        Map<String, Long> atSyscall;
        Map<String, Long> kernelReturns = Map.of();

        long read(String operand) {
            if (operand.startsWith("%")) return registers.getOrDefault(operand.substring(1), 0xdeadL);
            return memory.getOrDefault(address(operand), 0xdeadL);
        }

        void write(String operand, long value) {
            if (operand.startsWith("%")) registers.put(operand.substring(1), value);
            else memory.put(address(operand), value);
        }

        long address(String operand) {
            Matcher m = Pattern.compile("(-?\\d+)\\(%(\\w+)\\)").matcher(operand);
            assertTrue(m.matches(), operand);
            return registers.get(m.group(2)) + Long.parseLong(m.group(1));
        }

        void run(String[] code) {
            for (String line : code) {
                Matcher m = MOVE.matcher(line);
                if (m.matches()) {
                    write(m.group(2), read(m.group(1)));
                } else if (line.startsWith("pushq %")) {
                    registers.put("rsp", registers.get("rsp") - 8);
                    memory.put(registers.get("rsp"), read(line.substring(6)));
                } else if (line.startsWith("popq %")) {
                    write(line.substring(5), memory.get(registers.get("rsp")));
                    registers.put("rsp", registers.get("rsp") + 8);
                } else if (line.equals("syscall")) {
                    atSyscall = new HashMap<>(registers);
                    registers.putAll(kernelReturns);
                    registers.put("rcx", 0xc1cL);   // syscall's own clobbers
                    registers.put("r11", 0x111L);
                } else if (line.equals("ret")) {
                    return;
                } else {
                    throw new AssertionError("an instruction the test does not know: " + line);
                }
            }
            throw new AssertionError("no ret");
        }
    }

    /** The @Naked lines of a stub, read from its class file (the annotation is not kept at run time). */
    static String[] code(String name) {
        for (Class<?> c : List.of(Syscall.class, Ipc.class)) {
            ClassModel model;
            try (var in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                model = ClassFile.of().parse(in.readAllBytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            for (MethodModel m : model.methods()) {
                if (!m.methodName().equalsString(name)) continue;
                for (var attribute : m.findAttributes(Attributes.runtimeInvisibleAnnotations())) {
                    for (Annotation a : attribute.annotations()) {
                        if (!a.classSymbol().descriptorString().equals(Naked.class.descriptorString())) continue;
                        for (AnnotationElement e : a.elements()) {
                            if (!e.name().equalsString("value")) continue;
                            return ((AnnotationValue.OfArray) e.value()).values().stream()
                                    .map(v -> ((AnnotationValue.OfString) v).stringValue()).toArray(String[]::new);
                        }
                    }
                }
            }
        }
        throw new AssertionError("no stub " + name);
    }

    /** A C call: arguments in rdi, rsi, rdx, rcx, r8, r9, then on the stack above the return address. */
    static Cpu call(long... arguments) {
        Cpu cpu = new Cpu();
        long rsp = 0x7000;
        cpu.registers.put("rsp", rsp);
        for (int i = 0; i < arguments.length; i++) {
            if (i < C_ARGUMENTS.size()) cpu.registers.put(C_ARGUMENTS.get(i), arguments[i]);
            else cpu.memory.put(rsp + 8L * (i - C_ARGUMENTS.size() + 1), arguments[i]);
        }
        return cpu;
    }

    @Test
    void everyStubPutsTheNumberInRaxAndTheArgumentsInAbiOrder() {
        for (int n = 0; n <= 6; n++) {
            long[] arguments = new long[n + 1];
            arguments[0] = 100 + n;
            for (int i = 1; i <= n; i++) arguments[i] = 1000L * (i + 1) + n;
            Cpu cpu = call(arguments);
            cpu.kernelReturns = Map.of("rax", 42L);
            cpu.run(code("call" + n));
            assertEquals(100 + n, cpu.atSyscall.get("rax"), "call" + n + ": the number in rax");
            for (int i = 0; i < n; i++) {
                assertEquals(arguments[i + 1], cpu.atSyscall.get(SYSCALL_ARGUMENTS.get(i)), "call" + n + ": argument " + i + " in " + SYSCALL_ARGUMENTS.get(i));
            }
            assertEquals(42, cpu.registers.get("rax"), "call" + n + " returns rax");
            assertEquals(0x7000, cpu.registers.get("rsp"), "call" + n + " leaves the stack as it found it");
        }
    }

    @Test
    void theIpcStubSendsFromTheRecordAndStoresWhatComesBack() {
        long record = 0x9000;
        Cpu cpu = call(27, 0x1001, record);
        String[] sent = {"rsi", "rdx", "r10", "r8", "r9"};
        int[] fields = {IpcRegisters.INFO, IpcRegisters.WORD0, IpcRegisters.WORD1, IpcRegisters.WORD2, IpcRegisters.WORD3};
        for (int i = 0; i < fields.length; i++) cpu.memory.put(record + fields[i], 50L + i);
        Map<String, Long> back = new HashMap<>(Map.of("rax", 0L, "rsi", 60L, "rdi", 61L, "rdx", 62L, "r10", 63L, "r8", 64L, "r9", 65L));
        cpu.kernelReturns = back;
        cpu.run(code("call"));
        assertEquals(27, cpu.atSyscall.get("rax"));
        assertEquals(0x1001, cpu.atSyscall.get("rdi"), "the handle in rdi");
        for (int i = 0; i < sent.length; i++) assertEquals(50L + i, cpu.atSyscall.get(sent[i]), sent[i] + " from the record");
        assertEquals(60, cpu.memory.get(record + IpcRegisters.INFO));
        assertEquals(61, cpu.memory.get(record + IpcRegisters.BADGE));
        assertEquals(62, cpu.memory.get(record + IpcRegisters.WORD0));
        assertEquals(63, cpu.memory.get(record + IpcRegisters.WORD1));
        assertEquals(64, cpu.memory.get(record + IpcRegisters.WORD2));
        assertEquals(65, cpu.memory.get(record + IpcRegisters.WORD3));
        assertEquals(0x7000, cpu.registers.get("rsp"));
    }
}
