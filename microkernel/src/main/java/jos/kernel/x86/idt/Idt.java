package jos.kernel.x86.idt;

import jos.hw.Align;
import jos.hw.Cpu;
import jos.hw.Memory;
import jos.kernel.x86.cpu.Selectors;
import jos.kernel.x86.cpu.TableRegister;
import jos.kernel.x86.apic.Vectors;

/**
 * The interrupt descriptor table, one for all CPUs: 256 gates, of which the 32 exception vectors are
 * present (interrupt gates, kernel code selector, handlers in {@link ExceptionStubs}; DPL 0 but for the
 * breakpoint's, see {@link #dplFor}); any other vector raises #NP naming it (from ring 3, #GP: {@code int n}
 * through an absent or DPL 0 gate). Five exceptions switch to an interrupt stack of the CPU's TSS, because
 * the stack they arrive on cannot be trusted: double fault IST1, NMI IST2, page fault IST3 (a kernel
 * stack overflow is a page fault on the guard page), debug IST4 and machine check IST5 (NMI, #DB and #MC
 * are the paranoid entries of {@link ExceptionStubs}: they can arrive on any instruction, also in the
 * syscall entry before its stack switch). {@link #init} once, then {@link #load} on every CPU; each
 * CPU's TSS must have these five stacks set before an exception can occur.
 */
public final class Idt {
    private Idt() {
    }

    public static final int VECTORS = 256;
    public static final int EXCEPTIONS = 32;
    public static final int BYTES = VECTORS * IdtEntry.SIZE;

    public static final int IST_DOUBLE_FAULT = 1, IST_NMI = 2, IST_PAGE_FAULT = 3, IST_DEBUG = 4, IST_MACHINE_CHECK = 5;

    @Align(4096)
    static final long[] TABLE = new long[VECTORS * 2];
    /** The lidt operand, at byte REGISTER_OFFSET (so its base is 8-byte aligned). */
    static final long[] REGISTER = new long[2];
    private static final int REGISTER_OFFSET = 6;

    /** The interrupt stack index (0 = the current stack) of an exception vector. */
    public static int istFor(int vector) {
        return switch (vector) {
            case ExceptionNames.DOUBLE_FAULT -> IST_DOUBLE_FAULT;
            case ExceptionNames.NMI -> IST_NMI;
            case ExceptionNames.PAGE_FAULT -> IST_PAGE_FAULT;
            case ExceptionNames.DEBUG -> IST_DEBUG;
            case ExceptionNames.MACHINE_CHECK -> IST_MACHINE_CHECK;
            default -> 0;
        };
    }

    /**
     * The privilege a gate needs from {@code int n}: 3 for the breakpoint, so a program's int3 is a #BP (vector 3)
     * as debuggers expect rather than a #GP; 0 for the rest, which only the CPU raises.
     */
    public static int dplFor(int vector) {
        return vector == ExceptionNames.BREAKPOINT ? 3 : 0;
    }

    /** Builds the table with the exception stubs of the kernel image. Once, before any {@link #load}. */
    public static void init() {
        init(ExceptionStubs.first());
    }

    /** Builds the table for stubs starting at firstStub, {@link ExceptionStubs#STRIDE} bytes apart. */
    static void init(long firstStub) {
        long table = Memory.addressOf(TABLE);
        build(table, firstStub, ExceptionStubs.STRIDE);
        TableRegister.write(register(), table, BYTES);
    }

    /** Writes all 256 gates at table: vector v (below 32) to firstStub + v * stride. */
    static void build(long table, long firstStub, long stride) {
        Memory.fill(table, (byte) 0, BYTES);
        for (int v = 0; v < EXCEPTIONS; v++) {
            long handler = firstStub + v * stride;
            Memory.write64(table + (long) v * IdtEntry.SIZE,
                    IdtEntry.low(handler, Selectors.KERNEL_CODE, istFor(v), IdtEntry.TYPE_INTERRUPT_GATE, dplFor(v)));
            Memory.write64(table + (long) v * IdtEntry.SIZE + 8, IdtEntry.high(handler));
        }
    }

    /** Adds the gates of the kernel's interrupt vectors (jos.kernel.x86.apic.Vectors, device vectors included) to the table. Once, after {@link #init()}. */
    public static void addInterruptVectors() {
        long first = InterruptStubs.first();
        for (int i = 0; i < InterruptStubs.VECTORS.length; i++) {
            addGate(InterruptStubs.VECTORS[i], first + (long) i * ExceptionStubs.STRIDE);
        }
        long device = InterruptStubs.firstDevice();
        for (int i = 0; i < Vectors.DEVICES; i++) addGate(Vectors.DEVICE_FIRST + i, device + (long) i * ExceptionStubs.STRIDE);
    }

    /** A present interrupt gate (DPL 0, the current stack) for vector to handler. */
    private static void addGate(int vector, long handler) {
        long gate = table() + (long) vector * IdtEntry.SIZE;
        Memory.write64(gate, IdtEntry.low(handler, Selectors.KERNEL_CODE, 0, IdtEntry.TYPE_INTERRUPT_GATE, 0));
        Memory.write64(gate + 8, IdtEntry.high(handler));
    }

    /** Sets or clears the present bit of a vector's gate (a missing gate makes its delivery fault with #NP). */
    public static void setPresent(int vector, boolean present) {
        long gate = table() + (long) vector * IdtEntry.SIZE;
        Memory.write64(gate, IdtEntry.withPresent(Memory.read64(gate), present));
    }

    /** The address of the lidt operand. */
    static long register() {
        return Memory.addressOf(REGISTER) + REGISTER_OFFSET;
    }

    /** The table's address. */
    public static long table() {
        return Memory.addressOf(TABLE);
    }

    /** lidt on the calling CPU. */
    public static void load() {
        Cpu.lidt(register());
    }
}
