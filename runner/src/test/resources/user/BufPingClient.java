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
 * The client of the 4 KiB ping-pong test (QemuBootIT, test=ipc-buffers): its first capability (slot 0)
 * is the server's endpoint, badged with the number of round trips, which its HELLO call learns. Each
 * PING call carries a full page in its IPC buffer: 511 words made from the round's number and their
 * checksum in the last; every reply must be the same page transformed as BufPingServer does, with the
 * checksum over it. A STOP call ends it; exits 0 if every reply was right and the server counted every call.
 */
public final class BufPingClient {
    static final long PING = 1, STOP = 2, HELLO = 3;
    static final int WORDS = IpcBuffer.DATA_BYTES / 8;

    static void main() {
        long endpoint = Handle.of(0, Handle.FIRST_GENERATION);
        long r = Syscall.call3(Calls.MAP, 0, 4096, Protection.READ | Protection.WRITE);
        if (r < 0) fail("map", r);
        long buffer = Ipc.buffer();
        if (buffer < 0) fail("ipc_buffer", buffer);
        if (Ipc.buffer() != buffer) fail("a second ipc_buffer", Ipc.buffer());
        Memory.write64(r + IpcRegisters.INFO, MessageInfo.registers(HELLO, 0, 0));
        long hello = Ipc.call(Calls.CALL, endpoint, r);
        if (hello != 0) fail("hello", hello);
        long rounds = Memory.read64(r + IpcRegisters.WORD0);
        long bad = 0, sum = 0;
        long start = Syscall.call0(Calls.CLOCK_MONOTONIC);
        for (long i = 0; i < rounds; i++) {
            long h = 0;
            for (int k = 0; k < WORDS - 1; k++) {
                long w = i * 0x2545_f491_4f6c_dd1dL + k * 0x9e37_79b9_7f4a_7c15L;
                Ipc.putWord(buffer, k, w);
                h = mix(h, w);
            }
            Ipc.putWord(buffer, WORDS - 1, h);
            long result = Ipc.callBuffer(Calls.CALL, endpoint, r, PING, IpcBuffer.DATA_BYTES, 0);
            if (result != 0) fail("call " + i, result);
            boolean right = Memory.read64(r + IpcRegisters.INFO) == MessageInfo.buffer(PING, IpcBuffer.DATA_BYTES, 0);
            long back = 0;
            for (int k = 0; k < WORDS - 1; k++) {
                long w = Ipc.word(buffer, k);
                if (w != ~(i * 0x2545_f491_4f6c_dd1dL + k * 0x9e37_79b9_7f4a_7c15L)) right = false;
                back = mix(back, w);
            }
            if (Ipc.word(buffer, WORDS - 1) != back) right = false;
            if (!right) bad++;
            sum += back;
        }
        long nanos = Syscall.call0(Calls.CLOCK_MONOTONIC) - start;
        System.out.println("ping4k: " + rounds + " round trips of 4096 bytes, " + bad + " bad replies, " + nanos / rounds
                + " ns each, checksum " + Long.toHexString(sum));
        Memory.write64(r + IpcRegisters.INFO, MessageInfo.registers(STOP, 0, 0));
        long result = Ipc.call(Calls.CALL, endpoint, r);
        long served = Memory.read64(r + IpcRegisters.WORD0);
        System.out.println("ping4k: the server served " + served + " calls (stop: " + result + ")");
        System.exit(bad == 0 && result == 0 && served == rounds ? 0 : 1);
    }

    /** BufPingServer's checksum step (each program is compiled on its own). */
    static long mix(long h, long w) {
        h = (h ^ w) * 0x0000_0100_0000_01b3L;
        return h ^ (h >>> 29);
    }

    static void fail(String what, long error) {
        System.out.println("ping4k: " + what + " failed with " + error);
        System.exit(1);
    }
}
