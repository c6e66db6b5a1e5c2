package jos.abi;

import jos.hw.CConstants;

/**
 * The rights a capability carries, one bit each (abi.md, "Capabilities"). A call checks the rights it
 * needs and fails with {@code EPERM} when one is missing. Minting only removes rights.
 */
@CConstants(prefix = "JOS_RIGHT_")
public final class Rights {
    /** Endpoint: send a message or make a call. Reply: send the reply. */
    public static final int SEND = 1;
    /** Endpoint: receive messages. */
    public static final int RECEIVE = 1 << 1;
    /** Endpoint: pass capabilities along with a message. */
    public static final int GRANT = 1 << 2;
    /** Notification: set bits. */
    public static final int SIGNAL = 1 << 3;
    /** Notification: wait for and take bits. */
    public static final int WAIT = 1 << 4;
    /** Memory, device memory: map the range (readable); module: map its bytes, read-only. */
    public static final int MAP = 1 << 5;
    /** Memory, device memory: map it writable. */
    public static final int WRITE = 1 << 6;
    /** Memory: map it executable. */
    public static final int EXECUTE = 1 << 7;
    /** Process, thread: kill, read status, change; I/O ports: use them; IRQ: bind and acknowledge the line; module: spawn from it. */
    public static final int CONTROL = 1 << 8;
    /** Any kind: mint from it or copy it (a holder without it can only use, move or delete it). */
    public static final int COPY = 1 << 9;

    /** Every right of any kind. */
    public static final int ALL = (1 << 10) - 1;

    private Rights() {
    }

    /** The rights a capability of kind may carry; 0 for an unknown kind. */
    public static int of(int kind) {
        return switch (kind) {
            case Kinds.ENDPOINT -> SEND | RECEIVE | GRANT | COPY;
            case Kinds.NOTIFICATION -> SIGNAL | WAIT | COPY;
            case Kinds.REPLY -> SEND;
            case Kinds.PROCESS, Kinds.THREAD, Kinds.IO_PORTS, Kinds.IRQ -> CONTROL | COPY;
            case Kinds.MODULE -> CONTROL | MAP | COPY;
            case Kinds.MEMORY -> MAP | WRITE | EXECUTE | COPY;
            case Kinds.DEVICE_MEMORY -> MAP | WRITE | COPY;
            default -> 0;
        };
    }
}
