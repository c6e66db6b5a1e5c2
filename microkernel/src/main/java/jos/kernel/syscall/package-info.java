/**
 * System calls (abi.md): each CPU's syscall MSRs ({@link jos.kernel.syscall.Syscalls#enableOnThisCpu}), the
 * assembly entry ({@link jos.kernel.x86.cpu.SyscallEntry}) and the Java dispatcher
 * ({@link jos.kernel.syscall.Syscalls#dispatch}).
 */
package jos.kernel.syscall;

import jos.kernel.x86.cpu.SyscallEntry;
