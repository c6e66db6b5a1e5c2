package jos.kernel.panic;

import jos.hw.Export;

/**
 * The kernel's answer to a stack overflow that compiled code detects: every method that calls compares
 * its frame with the CPU's stack limit on entry, and the runtime calls {@link #overflow()} (with the limit
 * lowered into the stack's reserve, so this can run) instead of throwing StackOverflowError, which would
 * need the heap. Code that keeps no check (leaves, the runtime's C) runs into the unmapped guard page below
 * the stack instead; the page-fault report names that stack too.
 */
public final class StackOverflow {
    private StackOverflow() {
    }

    @Export("jos_kernel_stack_overflow")
    static void overflow() {
        Panic.panic("stack overflow: the kernel stack of this cpu is exhausted");
    }
}
