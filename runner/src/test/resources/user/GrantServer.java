import jos.abi.Calls;
import jos.abi.Handle;
import jos.abi.IpcRegisters;
import jos.abi.MessageInfo;
import jos.abi.Protection;
import jos.hw.Memory;
import jos.sys.Ipc;
import jos.sys.Syscall;

/**
 * The server of the capability-passing test (QemuBootIT, test=ipc-grant): slot 0 is the endpoint it
 * receives on, slot 1 a SEND and GRANT capability to the third process's endpoint. It takes one FORWARD
 * call carrying a capability and bytes, sends both on to the third process (the bytes still in its
 * buffer, the handle it was given as the one to send), deletes its own copy, and answers the caller with
 * the send's result.
 */
public final class GrantServer {
    static final long FORWARD = 7, CLIENT_BADGE = 1;

    static void main() {
        long endpoint = Handle.of(0, Handle.FIRST_GENERATION), third = Handle.of(1, Handle.FIRST_GENERATION);
        long r = Syscall.call3(Calls.MAP, 0, 4096, Protection.READ | Protection.WRITE);
        if (r < 0) fail("map", r);
        long buffer = Ipc.buffer();
        if (buffer < 0) fail("ipc_buffer", buffer);
        long result = Ipc.call(Calls.RECV, endpoint, r);
        if (result != 0) fail("recv", result);
        long info = Memory.read64(r + IpcRegisters.INFO);
        long badge = Memory.read64(r + IpcRegisters.BADGE);
        long handle = Ipc.receivedCapability(buffer, 0);
        System.out.println("grant: the server got label " + MessageInfo.label(info) + ", " + Ipc.length(r) + " bytes, "
                + MessageInfo.caps(info) + " capability, badge " + badge + " (buffer badge " + Ipc.badge(buffer) + ")");
        if (MessageInfo.label(info) != FORWARD || MessageInfo.caps(info) != 1 || badge != CLIENT_BADGE || handle <= 0) fail("the call", handle);
        Ipc.putCapability(buffer, 0, handle);
        long sent = Ipc.callBuffer(Calls.SEND, third, r + IpcRegisters.SIZE, FORWARD, Ipc.length(r), 1);
        long deleted = Syscall.call1(Calls.CAP_DELETE, handle);
        Memory.write64(r + IpcRegisters.INFO, MessageInfo.registers(FORWARD, 1, 0));
        Memory.write64(r + IpcRegisters.WORD0, sent);
        long replied = Ipc.call(Calls.REPLY, 0, r);
        System.out.println("grant: the server forwarded it: send " + sent + ", delete " + deleted + ", reply " + replied);
        System.exit(sent == 0 && deleted == 0 && replied == 0 ? 0 : 1);
    }

    static void fail(String what, long error) {
        System.out.println("grant: server: " + what + " failed with " + error);
        System.exit(1);
    }
}
