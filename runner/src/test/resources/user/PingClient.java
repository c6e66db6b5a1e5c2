import jos.abi.Calls;
import jos.abi.Handle;
import jos.abi.IpcRegisters;
import jos.abi.MessageInfo;
import jos.abi.Protection;
import jos.hw.Memory;
import jos.sys.Ipc;
import jos.sys.Syscall;

/**
 * The client of the ping-pong test (QemuBootIT, test=ipc-pingpong): its first capability (slot 0) is the
 * server's endpoint. Its HELLO call learns how many round trips to make (the badge the scenario put on
 * the capability, which the server sees). It makes that many calls of four checksummed words, checks every reply (each word
 * transformed as PingServer does, the checksum over them), then a STOP call; exits 0 if every reply was
 * right and the server counted every call.
 */
public final class PingClient {
    static final long PING = 1, STOP = 2, HELLO = 3;

    static void main() {
        long endpoint = Handle.of(0, Handle.FIRST_GENERATION);
        long r = Syscall.call3(Calls.MAP, 0, 4096, Protection.READ | Protection.WRITE);
        if (r < 0) fail("map", r);
        Memory.write64(r + IpcRegisters.INFO, MessageInfo.registers(HELLO, 0, 0));
        long hello = Ipc.call(Calls.CALL, endpoint, r);
        if (hello != 0) fail("hello", hello);
        long rounds = Memory.read64(r + IpcRegisters.WORD0);
        long bad = 0, sum = 0;
        long start = Syscall.call0(Calls.CLOCK_MONOTONIC);
        for (long i = 0; i < rounds; i++) {
            long w0 = i, w1 = i * 0x2545_f491_4f6c_dd1dL, w2 = i << 17 ^ 0x1234_5678L;
            Memory.write64(r + IpcRegisters.INFO, MessageInfo.registers(PING, 4, 0));
            Memory.write64(r + IpcRegisters.WORD0, w0);
            Memory.write64(r + IpcRegisters.WORD1, w1);
            Memory.write64(r + IpcRegisters.WORD2, w2);
            Memory.write64(r + IpcRegisters.WORD3, checksum(w0, w1, w2));
            long result = Ipc.call(Calls.CALL, endpoint, r);
            if (result != 0) fail("call " + i, result);
            long a0 = Memory.read64(r + IpcRegisters.WORD0), a1 = Memory.read64(r + IpcRegisters.WORD1);
            long a2 = Memory.read64(r + IpcRegisters.WORD2), a3 = Memory.read64(r + IpcRegisters.WORD3);
            boolean right = a0 == w0 + 1 && a1 == (w1 ^ 0x5555_aaaa_5555_aaaaL) && a2 == ~w2 && a3 == checksum(a0, a1, a2)
                    && Memory.read64(r + IpcRegisters.INFO) == MessageInfo.registers(PING, 4, 0);
            if (!right) bad++;
            sum += a3;
        }
        long nanos = Syscall.call0(Calls.CLOCK_MONOTONIC) - start;
        System.out.println("ping: " + rounds + " round trips, " + bad + " bad replies, " + nanos / rounds + " ns each, checksum "
                + Long.toHexString(sum));
        Memory.write64(r + IpcRegisters.INFO, MessageInfo.registers(STOP, 0, 0));
        long result = Ipc.call(Calls.CALL, endpoint, r);
        long served = Memory.read64(r + IpcRegisters.WORD0);
        System.out.println("ping: the server served " + served + " calls (stop: " + result + ")");
        System.exit(bad == 0 && result == 0 && served == rounds ? 0 : 1);
    }

    /** PingServer's checksum (each program is compiled on its own). */
    static long checksum(long a, long b, long c) {
        long h = a * 0x9e37_79b9_7f4a_7c15L;
        h = (h ^ (h >>> 29)) + b * 0xbf58_476d_1ce4_e5b9L;
        h = (h ^ (h >>> 31)) + c * 0x94d0_49bb_1331_11ebL;
        return h ^ (h >>> 32);
    }

    static void fail(String what, long error) {
        System.out.println("ping: " + what + " failed with " + error);
        System.exit(1);
    }
}
