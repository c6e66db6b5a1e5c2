/**
 * x86_64 segmentation as long mode still needs it: each CPU's GDT (flat code and data segments for
 * ring 0 and ring 3, and its TSS), the TSS itself (the ring-0 stack and the interrupt stacks), the
 * segment selectors, and the 10-byte operand of lgdt and lidt; the RFLAGS values of the user/kernel
 * boundary ({@link jos.kernel.x86.cpu.Rflags}), the CR0 every CPU runs with
 * ({@link jos.kernel.x86.cpu.ControlRegister0}), the CR4 bits that fence user memory off from ring 0
 * ({@link jos.kernel.x86.cpu.SupervisorGuards}), the CR4 bits that give ring 3 SSE
 * ({@link jos.kernel.x86.cpu.UserFloatingPoint}) and the GS base MSRs ({@link jos.kernel.x86.cpu.GsBase}).
 * Bottom layer: each bit layout is declared once here.
 */
package jos.kernel.x86.cpu;
