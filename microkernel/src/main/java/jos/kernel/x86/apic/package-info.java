/**
 * Bottom layer: the local APIC of each CPU (enabling it, inter-processor interrupts, end of interrupt),
 * the I/O APICs' registers (IoApic), and the kernel's vectors.
 */
package jos.kernel.x86.apic;
