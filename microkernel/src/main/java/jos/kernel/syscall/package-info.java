/**
 * System calls (abi.md): the Java dispatcher ({@link jos.kernel.syscall.Syscalls#dispatch}), which the
 * assembly entry of the bottom layer ({@code jos.kernel.x86.user.SyscallEntry}) calls by its exported
 * symbol, and one class per call or small family that needs more than a line ({@link jos.kernel.syscall.DebugWrite},
 * {@link jos.kernel.syscall.MemoryCalls}, {@link jos.kernel.syscall.IpcCalls}, {@link jos.kernel.syscall.CapabilityCalls},
 * {@link jos.kernel.syscall.ProcessCalls}).
 */
package jos.kernel.syscall;
