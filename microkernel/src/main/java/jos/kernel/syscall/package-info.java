/**
 * System calls (abi.md): the Java dispatcher ({@link jos.kernel.syscall.Syscalls#dispatch}), which the
 * assembly entry of the bottom layer ({@code jos.kernel.x86.user.SyscallEntry}) calls by its exported
 * symbol, and one class per call that needs more than a line ({@link jos.kernel.syscall.DebugWrite}).
 */
package jos.kernel.syscall;
