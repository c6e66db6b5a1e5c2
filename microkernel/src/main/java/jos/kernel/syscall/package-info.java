/**
 * System calls (abi.md): the first level of the dispatch ({@link jos.kernel.syscall.FastCalls}: ENOSYS, and
 * call and reply_recv to the IPC fast path, {@link jos.kernel.syscall.IpcFastPath}) and the general Java
 * dispatcher ({@link jos.kernel.syscall.Syscalls#dispatch}), which the
 * assembly entry of the bottom layer ({@code jos.kernel.x86.user.SyscallEntry}) calls by their exported
 * symbols, and one class per call or small family that needs more than a line ({@link jos.kernel.syscall.DebugWrite},
 * {@link jos.kernel.syscall.MemoryCalls}, {@link jos.kernel.syscall.IpcCalls}, {@link jos.kernel.syscall.CapabilityCalls},
 * {@link jos.kernel.syscall.ProcessCalls}).
 */
package jos.kernel.syscall;
