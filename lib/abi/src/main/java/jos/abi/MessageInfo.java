package jos.abi;

import jos.hw.CConstants;

/**
 * The one-word description of an IPC message (abi.md, "Messages"), passed in rsi: bits 0-31 the label
 * (the sender's choice, delivered unchanged), bits 32-44 the length, bits 45-46 the number of
 * capabilities sent (0-3), and flags from bit 47. Without {@link #BUFFER} the length counts words in
 * registers (0-{@link #REGISTER_WORDS}: rdx, r10, r8, r9); with it, bytes in the IPC buffer
 * (0-{@link IpcBuffer#DATA_BYTES}). {@link #NOTIFICATION} is set by the kernel only, on a receive that
 * returns the bits of the receiver's bound notification instead of a message, and {@link #REPLY_FAILED}
 * on a reply_recv whose reply found no caller. All other bits are zero.
 */
@CConstants(prefix = "JOS_MSG_")
public final class MessageInfo {
    public static final int LABEL_SHIFT = 0;
    public static final long LABEL_MASK = 0xffff_ffffL;
    public static final int LENGTH_SHIFT = 32;
    public static final long LENGTH_MASK = 0x1fff;
    public static final int CAPS_SHIFT = 45;
    public static final long CAPS_MASK = 0x3;
    /** The message is in the IPC buffer's data page; the length counts bytes. */
    public static final long BUFFER = 1L << 47;
    /** Set by the kernel: rdi holds notification bits, not a sender's badge, and there is no message. */
    public static final long NOTIFICATION = 1L << 48;
    /** Set by the kernel on reply_recv's result: the reply found its caller gone (EPIPE) and was dropped. */
    public static final long REPLY_FAILED = 1L << 49;
    /** The words a register message carries at most. */
    public static final int REGISTER_WORDS = 4;
    /** The capabilities a message carries at most. */
    public static final int MAX_CAPS = 3;

    private MessageInfo() {
    }

    /** A register message: label, words (0-4), capabilities (0-3). Arguments out of range are cut to their fields. */
    public static long registers(long label, int words, int caps) {
        return of(label, words, caps, 0);
    }

    /** A buffer message of bytes (0-4096) in the IPC buffer. */
    public static long buffer(long label, int bytes, int caps) {
        return of(label, bytes, caps, BUFFER);
    }

    private static long of(long label, int length, int caps, long flags) {
        return (label & LABEL_MASK) << LABEL_SHIFT | (length & LENGTH_MASK) << LENGTH_SHIFT
                | (caps & CAPS_MASK) << CAPS_SHIFT | flags;
    }

    public static long label(long info) {
        return info >>> LABEL_SHIFT & LABEL_MASK;
    }

    public static int length(long info) {
        return (int) (info >>> LENGTH_SHIFT & LENGTH_MASK);
    }

    public static int caps(long info) {
        return (int) (info >>> CAPS_SHIFT & CAPS_MASK);
    }

    public static boolean inBuffer(long info) {
        return (info & BUFFER) != 0;
    }

    /**
     * True if a sender may pass info: no unknown or kernel-only flag, and a length its form can carry
     * (at most 4 register words, at most 4096 buffer bytes).
     */
    public static boolean valid(long info) {
        long known = LABEL_MASK << LABEL_SHIFT | LENGTH_MASK << LENGTH_SHIFT | CAPS_MASK << CAPS_SHIFT | BUFFER;
        if ((info & ~known) != 0) return false;
        return length(info) <= (inBuffer(info) ? IpcBuffer.DATA_BYTES : REGISTER_WORDS);
    }
}
