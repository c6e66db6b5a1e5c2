import jos.abi.Calls;
import jos.abi.Handle;
import jos.abi.IpcRegisters;
import jos.abi.MessageInfo;
import jos.abi.Protection;
import jos.hw.Memory;
import jos.sys.Ipc;
import jos.sys.Syscall;

/**
 * The server of the ping-pong test (QemuBootIT, test=ipc-pingpong): its first capability (slot 0) is an
 * endpoint it receives on. A HELLO call is answered with its badge: the number of round trips the
 * scenario gave the client. Each PING call's four words are answered transformed, with a checksum over
 * them; a call labelled STOP with the number of PING calls served, before the server exits 0.
 */
public final class PingServer {
    static final long PING = 1, STOP = 2, HELLO = 3;

    static void main() {
        long endpoint = Handle.of(0, Handle.FIRST_GENERATION);
        long r = Syscall.call3(Calls.MAP, 0, 4096, Protection.READ | Protection.WRITE);
        if (r < 0) fail("map", r);
        long result = Ipc.call(Calls.RECV, endpoint, r);
        long served = 0;
        while (result == 0) {
            long label = MessageInfo.label(Memory.read64(r + IpcRegisters.INFO));
            if (label == HELLO) {
                Memory.write64(r + IpcRegisters.INFO, MessageInfo.registers(HELLO, 1, 0));
                Memory.write64(r + IpcRegisters.WORD0, Memory.read64(r + IpcRegisters.BADGE));
                result = Ipc.call(Calls.REPLY_RECV, endpoint, r);
                continue;
            }
            if (label == STOP) {
                Memory.write64(r + IpcRegisters.INFO, MessageInfo.registers(STOP, 1, 0));
                Memory.write64(r + IpcRegisters.WORD0, served);
                long replied = Ipc.call(Calls.REPLY, 0, r);
                System.out.println("pong: served " + served + " calls, the last reply gave " + replied);
                System.exit(replied == 0 ? 0 : 1);
            }
            long w0 = Memory.read64(r + IpcRegisters.WORD0), w1 = Memory.read64(r + IpcRegisters.WORD1);
            long w2 = Memory.read64(r + IpcRegisters.WORD2), w3 = Memory.read64(r + IpcRegisters.WORD3);
            long a0 = w0 + 1, a1 = w1 ^ 0x5555_aaaa_5555_aaaaL, a2 = ~w2;
            // A call whose checksum does not match is answered with a wrong one, so the client counts it.
            long a3 = w3 == checksum(w0, w1, w2) ? checksum(a0, a1, a2) : 0;
            Memory.write64(r + IpcRegisters.INFO, MessageInfo.registers(PING, 4, 0));
            Memory.write64(r + IpcRegisters.WORD0, a0);
            Memory.write64(r + IpcRegisters.WORD1, a1);
            Memory.write64(r + IpcRegisters.WORD2, a2);
            Memory.write64(r + IpcRegisters.WORD3, a3);
            served++;
            result = Ipc.call(Calls.REPLY_RECV, endpoint, r);
        }
        fail("receive", result);
    }

    static long checksum(long a, long b, long c) {
        long h = a * 0x9e37_79b9_7f4a_7c15L;
        h = (h ^ (h >>> 29)) + b * 0xbf58_476d_1ce4_e5b9L;
        h = (h ^ (h >>> 31)) + c * 0x94d0_49bb_1331_11ebL;
        return h ^ (h >>> 32);
    }

    static void fail(String what, long error) {
        System.out.println("pong: " + what + " failed with " + error);
        System.exit(1);
    }
}
