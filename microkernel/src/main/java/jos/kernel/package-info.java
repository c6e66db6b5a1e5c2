/**
 * The jos microkernel: only what must run in ring 0. {@link jos.kernel.Kernel#main()} is entered by a
 * Limine-protocol loader on the bootstrap CPU. Until the kernel has a heap, kernel code allocates
 * nothing: no {@code new}, no string concatenation, no boxing.
 */
package jos.kernel;
