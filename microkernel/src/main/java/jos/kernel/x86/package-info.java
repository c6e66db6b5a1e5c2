/**
 * Bottom layer, x86_64 specifics: each CPU's per-CPU block reached through GS.base ({@link
 * jos.kernel.x86.PerCpu}), the CPUs' ids and blocks ({@link jos.kernel.x86.Cpus}) and QEMU's exit port
 * ({@link jos.kernel.x86.QemuExit}); the sub-packages hold segmentation, MSR set-up and the syscall entry
 * ({@code cpu}), the local APIC ({@code apic}) and the IDT with the exception and interrupt entry stubs
 * ({@code idt}). Nothing here uses a kernel package outside {@code jos.kernel.x86}; the entry stubs reach
 * the layers above only by the {@code @Export} symbols those define.
 */
package jos.kernel.x86;
