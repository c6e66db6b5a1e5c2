package jos.sys;

import jos.abi.IpcRegisters;
import jos.hw.Naked;

/**
 * The IPC stub: {@link #call} makes IPC call number (jos.abi.Calls: send, call, recv, reply, reply_recv,
 * the try_ forms, wait, poll) on handle with the MessageInfo and words 0-3 the record at registers holds
 * (jos.abi.IpcRegisters, any memory the program owns), and stores what the kernel returns (MessageInfo,
 * badge, words 0-3) back into the record; returns rax (0 or a jos.abi.Errors code). The record's address
 * is kept on the stack across the call, since every argument register comes back changed.
 */
public final class Ipc {
    private Ipc() {
    }

    @Naked({
        "pushq %rdx",
        "movq %rdi, %rax",
        "movq %rsi, %rdi",
        "movq " + IpcRegisters.INFO + "(%rdx), %rsi",
        "movq " + IpcRegisters.WORD1 + "(%rdx), %r10",
        "movq " + IpcRegisters.WORD2 + "(%rdx), %r8",
        "movq " + IpcRegisters.WORD3 + "(%rdx), %r9",
        "movq " + IpcRegisters.WORD0 + "(%rdx), %rdx",
        "syscall",
        "popq %rcx",
        "movq %rsi, " + IpcRegisters.INFO + "(%rcx)",
        "movq %rdi, " + IpcRegisters.BADGE + "(%rcx)",
        "movq %rdx, " + IpcRegisters.WORD0 + "(%rcx)",
        "movq %r10, " + IpcRegisters.WORD1 + "(%rcx)",
        "movq %r8, " + IpcRegisters.WORD2 + "(%rcx)",
        "movq %r9, " + IpcRegisters.WORD3 + "(%rcx)",
        "ret"
    })
    public static native long call(long number, long handle, long registers);
}
