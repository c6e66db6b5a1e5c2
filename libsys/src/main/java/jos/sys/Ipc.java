package jos.sys;

import jos.abi.Calls;
import jos.abi.IpcBuffer;
import jos.abi.IpcRegisters;
import jos.abi.MessageInfo;
import jos.hw.Memory;
import jos.hw.Naked;

/**
 * The IPC stub: {@link #call} makes IPC call number (jos.abi.Calls: send, call, recv, reply, reply_recv,
 * the try_ forms, wait, poll) on handle with the MessageInfo and words 0-3 the record at registers holds
 * (jos.abi.IpcRegisters, any memory the program owns), and stores what the kernel returns (MessageInfo,
 * badge, words 0-3) back into the record; returns rax (0 or a jos.abi.Errors code). The record's address
 * is kept on the stack across the call, since every argument register comes back changed.
 *
 * <p>Buffer messages (abi.md, "IPC buffer"): {@link #buffer} maps the calling thread's IPC buffer and
 * gives its address; the data is written and read with {@link #putWord}/{@link #word} and
 * {@link #putBytes}/{@link #getBytes}, the capabilities to send with {@link #putCapability}, and
 * {@link #callBuffer} sends a message of a length in bytes through any IPC call. What came back: the
 * length from the record ({@link #length}), the handles given for capabilities received
 * ({@link #receivedCapability}), the badge ({@link #badge}).
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

    /**
     * The calling thread's IPC buffer (ipc_buffer(0)): mapped at a free address on the first call, the
     * same address afterwards; a negative jos.abi.Errors code if it cannot be (ENOMEM over the quota).
     */
    public static long buffer() {
        return Syscall.call1(Calls.IPC_BUFFER, 0);
    }

    /**
     * IPC call number on handle with a buffer message: label, bytes (0-4096) of the buffer's data and the
     * first caps (0-3) handles put with {@link #putCapability}; the record at registers receives what
     * comes back, as {@link #call}. Returns rax.
     */
    public static long callBuffer(long number, long handle, long registers, long label, int bytes, int caps) {
        Memory.write64(registers + IpcRegisters.INFO, MessageInfo.buffer(label, bytes, caps));
        return call(number, handle, registers);
    }

    /** Word index (0-511) of the buffer's data. */
    public static void putWord(long buffer, int index, long value) {
        Memory.write64(buffer + IpcBuffer.DATA + 8L * checkWord(index), value);
    }

    public static long word(long buffer, int index) {
        return Memory.read64(buffer + IpcBuffer.DATA + 8L * checkWord(index));
    }

    /** Copies length bytes of from (from fromIndex) to the buffer's data at offset. */
    public static void putBytes(long buffer, int offset, byte[] from, int fromIndex, int length) {
        checkBytes(offset, length);
        for (int i = 0; i < length; i++) Memory.write8(buffer + IpcBuffer.DATA + offset + i, from[fromIndex + i]);
    }

    /** Copies length bytes of the buffer's data at offset into into (from intoIndex). */
    public static void getBytes(long buffer, int offset, byte[] into, int intoIndex, int length) {
        checkBytes(offset, length);
        for (int i = 0; i < length; i++) into[intoIndex + i] = Memory.read8(buffer + IpcBuffer.DATA + offset + i);
    }

    /** The handle of capability i (0-2) the next message sends (its MessageInfo counts them). */
    public static void putCapability(long buffer, int i, long handle) {
        Memory.write64(buffer + IpcBuffer.SEND_CAPS + 8L * checkCapability(i), handle);
    }

    /** The handle the kernel gave for capability i (0-2) of the last message received, or a negative error for it. */
    public static long receivedCapability(long buffer, int i) {
        return Memory.read64(buffer + IpcBuffer.RECEIVED_CAPS + 8L * checkCapability(i));
    }

    /** The badge of the last buffer message received. */
    public static long badge(long buffer) {
        return Memory.read64(buffer + IpcBuffer.BADGE);
    }

    /** The length of the message the record at registers holds: bytes of a buffer message, else words. */
    public static int length(long registers) {
        return MessageInfo.length(Memory.read64(registers + IpcRegisters.INFO));
    }

    /** The label of the message the record at registers holds. */
    public static long label(long registers) {
        return MessageInfo.label(Memory.read64(registers + IpcRegisters.INFO));
    }

    private static int checkWord(int index) {
        if (index < 0 || index >= IpcBuffer.DATA_BYTES / 8) throw new IndexOutOfBoundsException("IPC buffer word " + index);
        return index;
    }

    private static void checkBytes(int offset, int length) {
        if (offset < 0 || length < 0 || offset > IpcBuffer.DATA_BYTES - length) {
            throw new IndexOutOfBoundsException("IPC buffer bytes " + offset + " + " + length);
        }
    }

    private static int checkCapability(int i) {
        if (i < 0 || i >= MessageInfo.MAX_CAPS) throw new IndexOutOfBoundsException("IPC buffer capability " + i);
        return i;
    }
}
