package jos.kernel.trap;

import jos.kernel.x86.idt.InterruptFrame;
import jos.hw.Cpu;
import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.hw.sim.SimCpu;

/**
 * A simulated CPU taking an exception: a per-CPU block in GS.base (with a CPU id), control registers, and
 * an {@link InterruptFrame} written where the stubs would leave it. General-purpose registers get
 * recognisable values: r15 = 0x0101..., r14 = 0x0202..., up to rax = 0x0f0f....
 */
public final class SimulatedException {
    public static final long PER_CPU = 0xffff_8000_0020_0000L;
    public static final long STACK = 0xffff_8000_0030_0000L;
    public static final long STACK_SIZE = 0x20000;
    /** Where the stubs leave the frame: near the top of the stack. */
    public static final long FRAME = STACK + STACK_SIZE - 0x100;
    public static final long RIP = 0xffff_ffff_8000_1234L;
    public static final long INTERRUPTED_RSP = 0xffff_8000_0040_0f00L;

    private SimulatedException() {
    }

    /** Maps the per-CPU block and the stack, and makes this CPU kernel CPU cpuId. */
    public static void setUp(Machine machine, int cpuId) {
        machine.memory().map(PER_CPU, 256);
        machine.memory().map(STACK, STACK_SIZE);
        Cpu.writeMsr(SimCpu.IA32_GS_BASE, PER_CPU);
        Memory.write32(PER_CPU + 32, cpuId);
        machine.cpu().cr0 = 0x8001_0011L;
        machine.cpu().cr3 = 0x12_3000L;
        machine.cpu().cr4 = 0x20;
    }

    /** Writes a kernel-mode frame for vector with error code at {@link #FRAME}; returns its address. */
    public static long frame(int vector, long errorCode) {
        for (int offset = InterruptFrame.R15; offset <= InterruptFrame.RAX; offset += 8) {
            Memory.write64(FRAME + offset, 0x0101_0101_0101_0101L * (offset / 8 + 1));
        }
        Memory.write64(FRAME + InterruptFrame.VECTOR, vector);
        Memory.write64(FRAME + InterruptFrame.ERROR_CODE, errorCode);
        Memory.write64(FRAME + InterruptFrame.RIP, RIP);
        Memory.write64(FRAME + InterruptFrame.CS, 0x08);
        Memory.write64(FRAME + InterruptFrame.RFLAGS, 0x10046);
        Memory.write64(FRAME + InterruptFrame.RSP, INTERRUPTED_RSP);
        Memory.write64(FRAME + InterruptFrame.SS, 0x10);
        return FRAME;
    }

    /** The register lines of {@link #frame} with the control registers of {@link #setUp} and cr2. */
    public static String registers(String cr2) {
        return """
                  rax 0x0f0f0f0f0f0f0f0f  rbx 0x0e0e0e0e0e0e0e0e  rcx 0x0d0d0d0d0d0d0d0d  rdx 0x0c0c0c0c0c0c0c0c
                  rsi 0x0b0b0b0b0b0b0b0b  rdi 0x0a0a0a0a0a0a0a0a  rbp 0x0909090909090909  rsp 0xffff800000400f00
                  r8  0x0808080808080808  r9  0x0707070707070707  r10 0x0606060606060606  r11 0x0505050505050505
                  r12 0x0404040404040404  r13 0x0303030303030303  r14 0x0202020202020202  r15 0x0101010101010101
                  rip 0xffffffff80001234  rflags 0x0000000000010046  cs 0x0008  ss 0x0010
                  cr0 0x0000000080010011  cr2 %s  cr3 0x0000000000123000  cr4 0x0000000000000020
                """.formatted(cr2);
    }
}
