package jos.loader;

import jos.hw.Naked;

/**
 * Addresses that entry.S and loader.ld define, read with {@code lea symbol(%rip)}: the loader image,
 * its scratch area, and the AP trampoline blob. (No simulation: JUnit passes these values to {@link
 * Loader#boot} itself.)
 */
public final class LinkerSymbols {
    private LinkerSymbols() {
    }

    @Naked({"lea __loader_start(%rip), %rax", "ret"})
    public static native long imageStart();

    @Naked({"lea __loader_end(%rip), %rax", "ret"})
    public static native long imageEnd();

    @Naked({"lea loader_scratch(%rip), %rax", "ret"})
    public static native long scratch();

    @Naked({"lea loader_trampoline_start(%rip), %rax", "ret"})
    public static native long trampolineStart();

    @Naked({"lea loader_trampoline_end(%rip), %rax", "ret"})
    public static native long trampolineEnd();

    @Naked({"lea loader_trampoline_params(%rip), %rax", "ret"})
    public static native long trampolineParameters();

    @Naked({"lea loader_trampoline_long(%rip), %rax", "ret"})
    public static native long trampolineLongEntry();

    @Naked({"lea loader_trampoline_park(%rip), %rax", "ret"})
    public static native long trampolinePark();

    /**
     * Enters the kernel (entry.S {@code loader_handoff}): CR3, GDT and segments, RSP with a zero
     * return address, every other GPR zero. Does not return.
     */
    @Naked({"jmp loader_handoff"})
    public static native void handoff(long entry, long stackTop, long gdtPointer, long cr3);

    /** cli; hlt forever. */
    @Naked({"1:", "cli", "hlt", "jmp 1b"})
    public static native void halt();
}
