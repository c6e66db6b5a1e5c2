/**
 * Interrupt descriptors and CPU exceptions: the IDT (one, shared by every CPU), the assembly entry
 * stubs of the 32 exception vectors, the register frame they save, and the report of an exception
 * (names, error-code and page-fault decoding). A breakpoint is reported and execution continues; any
 * other exception is a kernel panic ({@link jos.kernel.panic.Panic#exception}).
 */
package jos.kernel.interrupts;
