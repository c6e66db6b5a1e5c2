import jos.abi.Calls;
import jos.abi.Handle;
import jos.abi.IpcRegisters;
import jos.abi.MessageInfo;
import jos.abi.Protection;
import jos.abi.Rights;
import jos.hw.Memory;
import jos.sys.Ipc;
import jos.sys.Syscall;

/**
 * The client of the capability-passing test (QemuBootIT, test=ipc-grant): its first capability (slot 0)
 * is the server's endpoint (SEND and GRANT). It makes a notification, mints a SIGNAL-only copy (with COPY,
 * so it can travel), and calls the server with it and 1001 bytes in its IPC buffer; the server forwards
 * both to a third process, which signals 0x2a. The client waits on its notification and exits 0 if the
 * bits are 0x2a and the server said its forward worked.
 */
public final class GrantClient {
    static final long FORWARD = 7, BITS = 0x2a;
    static final int BYTES = 1001;

    static void main() {
        long endpoint = Handle.of(0, Handle.FIRST_GENERATION);
        long r = Syscall.call3(Calls.MAP, 0, 4096, Protection.READ | Protection.WRITE);
        if (r < 0) fail("map", r);
        long buffer = Ipc.buffer();
        if (buffer < 0) fail("ipc_buffer", buffer);
        long notification = Syscall.call0(Calls.NOTIFICATION_CREATE);
        if (notification < 0) fail("notification_create", notification);
        long signalOnly = Syscall.call3(Calls.CAP_MINT, notification, Rights.SIGNAL | Rights.COPY, 0);
        if (signalOnly < 0) fail("cap_mint", signalOnly);
        byte[] text = new byte[BYTES];
        for (int k = 0; k < BYTES; k++) text[k] = (byte) (k * 7 + 3);
        Ipc.putBytes(buffer, 0, text, 0, BYTES);
        Ipc.putCapability(buffer, 0, signalOnly);
        long result = Ipc.callBuffer(Calls.CALL, endpoint, r, FORWARD, BYTES, 1);
        long forwarded = Memory.read64(r + IpcRegisters.WORD0);
        System.out.println("grant: the client's call gave " + result + ", the server's forward " + forwarded);
        if (result != 0 || forwarded != 0) System.exit(1);
        long waited = Ipc.call(Calls.WAIT, notification, r);
        long bits = Memory.read64(r + IpcRegisters.BADGE);
        boolean note = Memory.read64(r + IpcRegisters.INFO) == MessageInfo.NOTIFICATION;
        System.out.println("grant: the client's notification got bits 0x" + Long.toHexString(bits) + " (wait: " + waited + ")");
        System.exit(waited == 0 && note && bits == BITS ? 0 : 1);
    }

    static void fail(String what, long error) {
        System.out.println("grant: client: " + what + " failed with " + error);
        System.exit(1);
    }
}
