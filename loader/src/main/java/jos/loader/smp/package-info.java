/**
 * Starting the application processors: the local APIC's inter-processor interrupts (xAPIC MMIO or
 * x2APIC MSRs), the real-mode trampoline copied below 1 MiB with its parameter block, and the
 * INIT-SIPI-SIPI sequence with a timeout per AP. APs run no Java: entry.S takes them from real mode to
 * long mode and parks them (in the trampoline page, through its HHDM alias) until the kernel writes
 * their goto_address.
 */
package jos.loader.smp;
