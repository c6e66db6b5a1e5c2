/**
 * Bottom layer, x86_64 specifics: each CPU's per-CPU block reached through GS.base ({@link
 * jos.kernel.x86.PerCpu}); the sub-packages hold segmentation and the syscall entry ({@code cpu}), the
 * IDT and the exception and interrupt entry stubs ({@code idt}) and the local APIC ({@code apic}).
 * Nothing here imports a kernel package outside {@code jos.kernel.x86}.
 */
package jos.kernel.x86;
