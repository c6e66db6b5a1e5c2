/**
 * ACPI in the kernel: reaching the firmware's tables (mapping those the HHDM does not cover, only while
 * they are read) and reporting them at boot. The parsers themselves are in jos.acpi (lib/acpi), shared
 * with user-space drivers. Middle layer, above memory and timer.
 */
package jos.kernel.acpi;
