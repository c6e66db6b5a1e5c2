package jos.kernel.ipc;

import jos.abi.IpcBuffer;
import jos.abi.MessageInfo;
import jos.hw.Memory;
import jos.kernel.sched.Thread;
import jos.kernel.x86.user.UserFrame;

/**
 * Moves one message from a sender to a receiver: the register words from the sender's saved frame to
 * the receiver's, or the bytes of a buffer message between their IPC buffers; the MessageInfo and the
 * badge into the receiver's rsi and rdi (and the buffer's BADGE). Neither thread runs meanwhile: the
 * sender is the current thread or blocked, the receiver is blocked or the current thread.
 */
final class Transfer {
    private Transfer() {
    }

    /** The frame register of word i (0-3) of a register message (abi.md, "Messages"). */
    static int wordRegister(int i) {
        return switch (i) {
            case 0 -> UserFrame.RDX;
            case 1 -> UserFrame.R10;
            case 2 -> UserFrame.R8;
            default -> UserFrame.R9;
        };
    }

    /** Delivers the message info (valid: MessageInfo.valid) from sender to receiver, with badge. */
    static void message(long sender, long receiver, long info, long badge, long outcome) {
        long from = sender + Thread.FRAME;
        long to = receiver + Thread.FRAME;
        int length = MessageInfo.length(info);
        long delivered = info;
        if (MessageInfo.inBuffer(info)) {
            long source = IpcState.get(sender, IpcState.BUFFER);
            long target = IpcState.get(receiver, IpcState.BUFFER);
            if (target == 0) {
                // A receiver without a buffer gets the label and an empty message rather than a fault.
                delivered = MessageInfo.buffer(MessageInfo.label(info), 0, MessageInfo.caps(info));
            } else {
                Memory.copy(target + IpcBuffer.DATA, source + IpcBuffer.DATA, length);
                Memory.write64(target + IpcBuffer.BADGE, badge);
            }
        } else {
            for (int i = 0; i < length; i++) {
                UserFrame.set(to, wordRegister(i), UserFrame.get(from, wordRegister(i)));
            }
        }
        UserFrame.set(to, UserFrame.RSI, delivered | takeNote(receiver));
        UserFrame.set(to, UserFrame.RDI, badge);
        capabilities(sender, receiver, MessageInfo.caps(info), outcome);
    }

    /**
     * The one place capabilities travel with a message: recorded in the outcome for the syscall layer,
     * which copies the capabilities the sender's IpcBuffer SEND_CAPS names into the receiver's table and writes
     * the new handles to its RECEIVED_CAPS (it holds the capability tables' locks, which IPC never takes).
     */
    static void capabilities(long sender, long receiver, int count, long outcome) {
        if (count == 0) return;
        Memory.write32(outcome + Outcome.CAPS, count);
        Memory.write64(outcome + Outcome.CAPS_FROM, sender);
        Memory.write64(outcome + Outcome.CAPS_TO, receiver);
    }

    /** The flags noted for the thread's next message, cleared. */
    private static long takeNote(long thread) {
        long note = IpcState.get(thread, IpcState.NOTE);
        IpcState.set(thread, IpcState.NOTE, 0);
        return note;
    }

    /** Gives a blocked thread its result: rax (0, or an error, which also drops any note). */
    static void result(long thread, long rax) {
        if (rax != 0) IpcState.set(thread, IpcState.NOTE, 0);
        UserFrame.set(thread + Thread.FRAME, UserFrame.RAX, rax);
    }

    /** Delivers notification bits instead of a message: rsi NOTIFICATION, rdi the bits. */
    static void bits(long thread, long bits) {
        UserFrame.set(thread + Thread.FRAME, UserFrame.RSI, MessageInfo.NOTIFICATION | takeNote(thread));
        UserFrame.set(thread + Thread.FRAME, UserFrame.RDI, bits);
    }
}
