/**
 * System calls (abi.md): the Java dispatcher ({@link jos.kernel.syscall.Syscalls#dispatch}), which the
 * assembly entry of the bottom layer ({@code jos.kernel.x86.user.SyscallEntry}) calls by its exported
 * symbol.
 */
package jos.kernel.syscall;
