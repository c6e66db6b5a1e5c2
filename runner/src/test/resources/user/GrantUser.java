import jos.abi.Calls;
import jos.abi.Errors;
import jos.abi.Handle;
import jos.abi.IpcRegisters;
import jos.abi.MessageInfo;
import jos.abi.Protection;
import jos.hw.Memory;
import jos.sys.Ipc;
import jos.sys.Syscall;

/**
 * The third process of the capability-passing test (QemuBootIT, test=ipc-grant): slot 0 is its own
 * endpoint (RECEIVE). It receives the server's forward: the client's 1001 bytes and a capability to the
 * client's notification, with the SIGNAL right only. It checks the bytes, that it may not wait on the
 * notification (EPERM), signals 0x2a on it, and exits 0.
 */
public final class GrantUser {
    static final long FORWARD = 7, BITS = 0x2a;
    static final int BYTES = 1001;

    static void main() {
        long endpoint = Handle.of(0, Handle.FIRST_GENERATION);
        long r = Syscall.call3(Calls.MAP, 0, 4096, Protection.READ | Protection.WRITE);
        if (r < 0) fail("map", r);
        long buffer = Ipc.buffer();
        if (buffer < 0) fail("ipc_buffer", buffer);
        long result = Ipc.call(Calls.RECV, endpoint, r);
        if (result != 0) fail("recv", result);
        long info = Memory.read64(r + IpcRegisters.INFO);
        byte[] text = new byte[BYTES];
        Ipc.getBytes(buffer, 0, text, 0, BYTES);
        int wrong = 0;
        for (int k = 0; k < BYTES; k++) {
            if (text[k] != (byte) (k * 7 + 3)) wrong++;
        }
        long handle = Ipc.receivedCapability(buffer, 0);
        long waited = Ipc.call(Calls.WAIT, handle, r + IpcRegisters.SIZE);
        long signalled = Syscall.call2(Calls.SIGNAL, handle, BITS);
        System.out.println("grant: the third process got " + Ipc.length(r) + " bytes (" + wrong + " wrong) and a capability: wait "
                + waited + ", signal " + signalled);
        boolean right = MessageInfo.label(info) == FORWARD && MessageInfo.caps(info) == 1 && Ipc.length(r) == BYTES && wrong == 0
                && waited == Errors.EPERM && signalled == 0;
        System.exit(right ? 0 : 1);
    }

    static void fail(String what, long error) {
        System.out.println("grant: third: " + what + " failed with " + error);
        System.exit(1);
    }
}
