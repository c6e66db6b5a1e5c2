/**
 * The jos microkernel: only what must run in ring 0. {@link jos.kernel.Kernel#main()} is entered by a
 * Limine-protocol loader on the bootstrap CPU. Until the kernel has a heap, kernel code allocates
 * nothing: no {@code new}, no string concatenation, no boxing. The packages form three layers
 * (docs/kernel.md): x86_64 specifics at the bottom ({@code jos.kernel.x86}), then memory, time, smp,
 * console and panic, then trap routing, process, syscall and boot; this package, the boot sequence, is
 * the top of the top.
 */
package jos.kernel;
