/**
 * Interrupt descriptors: the IDT (one, shared by every CPU), the assembly entry stubs of the 32
 * exception vectors and of the interrupt vectors, the register frame they save, and the names of the
 * architectural exceptions. What happens to an exception or interrupt is decided above, in {@code
 * jos.kernel.trap}.
 */
package jos.kernel.x86.idt;
