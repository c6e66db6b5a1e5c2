/**
 * The ring-3 boundary as the hardware defines it: the {@code syscall} entry and the one return path to
 * ring 3 ({@link jos.kernel.x86.user.SyscallEntry}, with the MSRs that make {@code syscall} land there),
 * a thread's saved user registers ({@link jos.kernel.x86.user.UserFrame}) and the choice between
 * sysretq and iretq ({@link jos.kernel.x86.user.UserReturn}). Bottom layer, above the IDT (a frame is
 * captured from an interrupt frame); what the registers mean to a program is process's.
 */
package jos.kernel.x86.user;
