/**
 * Middle layer, above acpi: device interrupts through the I/O APICs. {@link jos.kernel.irq.IoApics} finds
 * every I/O APIC the MADT names at boot, maps its registers, masks all its lines and keeps the ISA IRQ
 * routes; {@link jos.kernel.irq.Lines} is the table of claimed lines (one device vector each), their
 * mask-until-acknowledged protocol, and the interrupt handler that hands each interrupt to the
 * {@link jos.kernel.irq.Lines.Delivery} a higher layer installs.
 */
package jos.kernel.irq;
