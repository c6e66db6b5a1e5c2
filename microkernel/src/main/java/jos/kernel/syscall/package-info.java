/**
 * System calls (abi.md): each CPU's syscall MSRs ({@link jos.kernel.syscall.Syscalls#enableOnThisCpu}), the
 * assembly entry ({@link jos.kernel.syscall.SyscallEntry}) and the Java dispatcher
 * ({@link jos.kernel.syscall.Syscalls#dispatch}), and one class per call that needs more than a line
 * ({@link jos.kernel.syscall.DebugWrite}).
 */
package jos.kernel.syscall;
