/**
 * libsys, the raw layer: how a user program enters the kernel (abi.md, "System calls"). {@link
 * jos.sys.Syscall} holds a stub per argument count (0-6) that puts the number in rax and the arguments
 * in rdi, rsi, rdx, r10, r8, r9; {@link jos.sys.Ipc} makes an IPC call from and into a memory record
 * (jos.abi.IpcRegisters), so every received register comes back without allocating; {@link jos.sys.Threads}
 * starts more threads in one's own process and changes their priority and CPU; {@link
 * jos.sys.BootInformation} reads the first process's boot record (which handle is which resource). Numbers, errors and
 * layouts are jos.abi's, the one definition the kernel compiles against too.
 */
package jos.sys;
