/** The local APIC of each CPU: enabling it, inter-processor interrupts, end of interrupt. */
package jos.kernel.apic;
