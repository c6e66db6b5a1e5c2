/**
 * Top layer, trap routing: what happens to a CPU exception or an interrupt once the entry stubs of
 * {@code jos.kernel.x86.idt} have saved its frame. A breakpoint is reported and execution continues; a
 * fault in user mode ends the user program; any other exception is a kernel panic ({@link
 * jos.kernel.panic.Panic#exception}). Interrupts go to the handler installed for their vector. The
 * exception report (names, error-code and page-fault decoding) is here too.
 */
package jos.kernel.trap;
