import jos.abi.Calls;
import jos.abi.Handle;
import jos.abi.IpcBuffer;
import jos.abi.IpcRegisters;
import jos.abi.MessageInfo;
import jos.abi.Protection;
import jos.hw.Memory;
import jos.sys.Ipc;
import jos.sys.Syscall;

/**
 * The server of the 4 KiB ping-pong test (QemuBootIT, test=ipc-buffers): its first capability (slot 0)
 * is an endpoint it receives on. HELLO is answered with its badge (the round trips the scenario gave
 * the client). A PING call's page (511 words and their checksum) is answered in the same buffer with
 * every word inverted and the checksum over those; a page whose checksum is wrong, or that is not 4096
 * bytes, is answered with a wrong checksum, so the client counts it. STOP is answered with the number
 * of PING calls served, before the server exits 0.
 */
public final class BufPingServer {
    static final long PING = 1, STOP = 2, HELLO = 3;
    static final int WORDS = IpcBuffer.DATA_BYTES / 8;

    static void main() {
        long endpoint = Handle.of(0, Handle.FIRST_GENERATION);
        long r = Syscall.call3(Calls.MAP, 0, 4096, Protection.READ | Protection.WRITE);
        if (r < 0) fail("map", r);
        long buffer = Ipc.buffer();
        if (buffer < 0) fail("ipc_buffer", buffer);
        long result = Ipc.call(Calls.RECV, endpoint, r);
        long served = 0;
        while (result == 0) {
            long label = Ipc.label(r);
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
                System.out.println("pong4k: served " + served + " calls, the last reply gave " + replied);
                System.exit(replied == 0 ? 0 : 1);
            }
            long h = 0, back = 0;
            for (int k = 0; k < WORDS - 1; k++) {
                long w = Ipc.word(buffer, k);
                h = mix(h, w);
                Ipc.putWord(buffer, k, ~w);
                back = mix(back, ~w);
            }
            boolean right = Ipc.length(r) == IpcBuffer.DATA_BYTES && Ipc.word(buffer, WORDS - 1) == h;
            Ipc.putWord(buffer, WORDS - 1, right ? back : ~back);
            served++;
            result = Ipc.callBuffer(Calls.REPLY_RECV, endpoint, r, PING, IpcBuffer.DATA_BYTES, 0);
        }
        fail("receive", result);
    }

    static long mix(long h, long w) {
        h = (h ^ w) * 0x0000_0100_0000_01b3L;
        return h ^ (h >>> 29);
    }

    static void fail(String what, long error) {
        System.out.println("pong4k: " + what + " failed with " + error);
        System.exit(1);
    }
}
