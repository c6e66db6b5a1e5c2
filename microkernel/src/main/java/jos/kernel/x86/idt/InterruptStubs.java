package jos.kernel.x86.idt;

import jos.hw.Naked;
import jos.kernel.x86.apic.Vectors;

/**
 * Entry points of the device and inter-processor interrupt vectors the kernel uses: each pushes a zero
 * error code and its vector and joins the exception stubs' common routine ({@link ExceptionStubs}), so
 * it arrives at {@code jos.kernel.trap.ExceptionHandler#handle}, a layer up with the same {@link InterruptFrame}.
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
            "pushq $" + Vectors.TIMER,
            "jmp jos_exception_common",
            ".org jos_interrupt_stubs + " + 1 * ExceptionStubs.STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $" + Vectors.WAKE,
            "jmp jos_exception_common",
            ".org jos_interrupt_stubs + " + 2 * ExceptionStubs.STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $" + Vectors.EXTENSION,
            "jmp jos_exception_common",
            ".org jos_interrupt_stubs + " + 3 * ExceptionStubs.STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $" + Vectors.TLB_SHOOTDOWN,
            "jmp jos_exception_common",
            ".org jos_interrupt_stubs + " + 4 * ExceptionStubs.STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $" + Vectors.APIC_ERROR,
            "jmp jos_exception_common",
            ".org jos_interrupt_stubs + " + 5 * ExceptionStubs.STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $" + Vectors.SPURIOUS,
            "jmp jos_exception_common",
            ".org jos_interrupt_stubs + " + 6 * ExceptionStubs.STRIDE + ", 0xcc"})
    static native long first();

    /**
     * The address of the device vectors' stubs: stub i serves {@link Vectors#DEVICE_FIRST} + i, at
     * {@link ExceptionStubs#STRIDE} * i (the assembler counts the vector with a symbol; .org fails the
     * build if a stub outgrows its slot).
     */
    @Naked({
            "leaq jos_device_stubs(%rip), %rax",
            "ret",
            ".balign 16",
            "jos_device_stubs:",
            ".set jos_device_vector, " + Vectors.DEVICE_FIRST,
            ".rept " + Vectors.DEVICES,
            "pushq $0",
            "pushq $jos_device_vector",
            "jmp jos_exception_common",
            ".set jos_device_vector, jos_device_vector + 1",
            ".org jos_device_stubs + (jos_device_vector - " + Vectors.DEVICE_FIRST + ") * " + ExceptionStubs.STRIDE + ", 0xcc",
            ".endr"})
    static native long firstDevice();
}
