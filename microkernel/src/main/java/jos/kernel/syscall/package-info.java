/**
 * System calls (abi.md): each CPU's syscall MSRs ({@link jos.kernel.syscall.Syscalls#enableOnThisCpu}), the
 * assembly entry ({@link jos.kernel.syscall.SyscallEntry}) and the Java dispatcher
 * ({@link jos.kernel.syscall.Syscalls#dispatch}).
 */
package jos.kernel.syscall;
