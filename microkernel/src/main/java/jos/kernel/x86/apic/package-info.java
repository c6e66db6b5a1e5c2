/** Bottom layer: the local APIC of each CPU: enabling it, inter-processor interrupts, end of interrupt. */
package jos.kernel.x86.apic;
