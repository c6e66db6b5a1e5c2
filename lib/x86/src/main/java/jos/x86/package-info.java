/**
 * x86_64 hardware constants and encodings declared once for the loader and the kernel: page-table entry
 * bits, masks and page sizes ({@link jos.x86.PageTableEntry}), segment descriptors
 * ({@link jos.x86.SegmentDescriptor}), MSR numbers ({@link jos.x86.Msr}), CR0/CR4 bits, the PAT encodings and
 * the Limine PAT layout ({@link jos.x86.Pat}), the local APIC register map, the I/O APIC register map and
 * redirection entry ({@link jos.x86.IoApicRegisters}), the 8254 PIT's ports, and
 * unsigned 64-bit arithmetic ({@link jos.x86.Unsigned}).
 *
 * <p><b>Rules.</b> Constants are {@code static final} compile-time constants, so {@code @Naked} assembly
 * can fold them; methods are pure functions of their arguments (no state, no allocation, no floating
 * point), so they run on every target. Reaching the hardware (MSR and MMIO access, table walks) stays
 * with the loader and the kernel, which name these declarations instead of spelling the numbers.
 */
package jos.x86;
