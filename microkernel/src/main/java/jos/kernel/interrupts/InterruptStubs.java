package jos.kernel.interrupts;

import jos.hw.Naked;
import jos.kernel.apic.Vectors;

/**
 * Entry points of the device and inter-processor interrupt vectors the kernel uses: each pushes a zero
 * error code and its vector and joins the exception stubs' common routine ({@link ExceptionStubs}), so
 * it arrives at {@link ExceptionHandler#handle} with the same {@link InterruptFrame}.
 */
final class InterruptStubs {
    private InterruptStubs() {
    }

    /** The vectors in stub order; stub i is at {@link #first()} + i * {@link ExceptionStubs#STRIDE}. */
    static final int[] VECTORS = {Vectors.TIMER, Vectors.WAKE, Vectors.EXTENSION, Vectors.TLB_SHOOTDOWN, Vectors.APIC_ERROR,
            Vectors.SPURIOUS};

    @Naked({
            "leaq jos_interrupt_stubs(%rip), %rax",
            "ret",
            ".balign 16",
            "jos_interrupt_stubs:",
            "pushq $0",
            "pushq $0xe0",
            "jmp jos_exception_common",
            ".org jos_interrupt_stubs + 16, 0xcc",
            "pushq $0",
            "pushq $0xf0",
            "jmp jos_exception_common",
            ".org jos_interrupt_stubs + 32, 0xcc",
            "pushq $0",
            "pushq $0xf1",
            "jmp jos_exception_common",
            ".org jos_interrupt_stubs + 48, 0xcc",
            "pushq $0",
            "pushq $0xf2",
            "jmp jos_exception_common",
            ".org jos_interrupt_stubs + 64, 0xcc",
            "pushq $0",
            "pushq $0xfe",
            "jmp jos_exception_common",
            ".org jos_interrupt_stubs + 80, 0xcc",
            "pushq $0",
            "pushq $0xff",
            "jmp jos_exception_common",
            ".org jos_interrupt_stubs + 96, 0xcc"})
    static native long first();
}
