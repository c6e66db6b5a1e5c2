package jos.kernel.x86.cpu;

import jos.hw.Cpu;
import jos.x86.ControlRegister;

/**
 * The CR4 bits that let ring 3 use SSE: OSFXSR (without it SSE instructions raise #UD) and OSXMMEXCPT
 * (an unmasked SSE exception is #XM, not #UD). CR0 already has MP set and EM clear (ControlRegister0),
 * so x87 works too. The kernel itself is compiled without FP registers; no thread's FP state is saved
 * yet, as one thread runs per CPU and nothing in the kernel touches those registers.
 */
public final class UserFloatingPoint {
    /** The CR4 bits set on every CPU. */
    public static final long CR4_BITS = ControlRegister.CR4_OSFXSR | ControlRegister.CR4_OSXMMEXCPT;

    private UserFloatingPoint() {
    }

    /** Sets {@link #CR4_BITS} in this CPU's CR4 (other bits stay); returns those bits as read back. */
    public static long enableOnThisCpu() {
        Cpu.writeCr4(Cpu.readCr4() | CR4_BITS);
        return Cpu.readCr4() & CR4_BITS;
    }
}
