import jos.abi.Calls;
import jos.abi.Handle;
import jos.abi.IpcRegisters;
import jos.abi.MessageInfo;
import jos.abi.Protection;
import jos.hw.Memory;
import jos.sys.Ipc;
import jos.sys.Syscall;

/**
 * A client of the load test (QemuBootIT, test=load). Slots 0-3: SEND to servers 0-3 (badged with its
 * index + 1); slots 4-7: SIGNAL to their notifications; slot 8: its own notification, signalled by the
 * scenario with (index + 1) << 8. Makes ROUNDS calls of four checksummed words, to the servers in turn,
 * checking each reply; signals server s's notification with bit index every SIGNAL_EVERY calls to it;
 * then a STOP call to each server with its count and sum of checksums sent there, which the server
 * compares with its own tally. Prints its counts and sums; exits 0 if every reply and stop was right.
 */
public final class LoadClient {
    static final long PING = 1, STOP = 2;
    static final int SERVERS = 4, ROUNDS = 50_000, SIGNAL_EVERY = 64;
    static final long[] CALLS = new long[SERVERS], SUMS = new long[SERVERS];

    static void main() {
        long r = Syscall.call3(Calls.MAP, 0, 4096, Protection.READ | Protection.WRITE);
        if (r < 0) fail(-1, "map", r);
        long polled = Ipc.call(Calls.POLL, Handle.of(2 * SERVERS, Handle.FIRST_GENERATION), r);
        long bits = Memory.read64(r + IpcRegisters.BADGE);
        if (polled != 0 || bits == 0) fail(-1, "poll of the index", polled);
        int index = (int) (bits >>> 8) - 1;
        long bad = 0, signals = 0;
        for (int i = 0; i < ROUNDS; i++) {
            int s = (i + index) % SERVERS;
            long w0 = (long) index << 32 | i, w1 = i * 0x9e37_79b9_7f4a_7c15L ^ index, w2 = (long) i << 21 ^ 0x0bad_cafeL;
            Memory.write64(r + IpcRegisters.INFO, MessageInfo.registers(PING, 4, 0));
            Memory.write64(r + IpcRegisters.WORD0, w0);
            Memory.write64(r + IpcRegisters.WORD1, w1);
            Memory.write64(r + IpcRegisters.WORD2, w2);
            long w3 = checksum(w0, w1, w2);
            Memory.write64(r + IpcRegisters.WORD3, w3);
            long result = Ipc.call(Calls.CALL, Handle.of(s, Handle.FIRST_GENERATION), r);
            if (result != 0) fail(index, "call " + i, result);
            long a0 = Memory.read64(r + IpcRegisters.WORD0), a1 = Memory.read64(r + IpcRegisters.WORD1);
            long a2 = Memory.read64(r + IpcRegisters.WORD2), a3 = Memory.read64(r + IpcRegisters.WORD3);
            boolean right = a0 == w0 + s + 1 && a1 == (w1 ^ 0x5555_aaaa_5555_aaaaL) && a2 == ~w2 && a3 == checksum(a0, a1, a2)
                    && Memory.read64(r + IpcRegisters.INFO) == MessageInfo.registers(PING, 4, 0);
            if (!right) bad++;
            CALLS[s]++;
            SUMS[s] += w3;
            if (CALLS[s] % SIGNAL_EVERY == 0) {
                long signalled = Syscall.call2(Calls.SIGNAL, Handle.of(SERVERS + s, Handle.FIRST_GENERATION), 1L << index);
                if (signalled != 0) fail(index, "signal", signalled);
                signals++;
            }
        }
        long stopped = 0;
        for (int s = 0; s < SERVERS; s++) {
            Memory.write64(r + IpcRegisters.INFO, MessageInfo.registers(STOP, 2, 0));
            Memory.write64(r + IpcRegisters.WORD0, CALLS[s]);
            Memory.write64(r + IpcRegisters.WORD1, SUMS[s]);
            long result = Ipc.call(Calls.CALL, Handle.of(s, Handle.FIRST_GENERATION), r);
            if (result == 0 && Memory.read64(r + IpcRegisters.WORD0) == 1 && Memory.read64(r + IpcRegisters.WORD1) == CALLS[s]) stopped++;
        }
        long total = 0;
        for (int s = 0; s < SERVERS; s++) total += SUMS[s];
        System.out.println("load: client " + index + ": " + ROUNDS + " calls (" + CALLS[0] + " " + CALLS[1] + " " + CALLS[2] + " " + CALLS[3] + "), "
                + bad + " bad replies, " + signals + " signals, " + stopped + " of " + SERVERS + " servers agree, sum " + Long.toHexString(total));
        System.exit(bad == 0 && stopped == SERVERS ? 0 : 1);
    }

    static long checksum(long a, long b, long c) {
        long h = a * 0x9e37_79b9_7f4a_7c15L;
        h = (h ^ (h >>> 29)) + b * 0xbf58_476d_1ce4_e5b9L;
        h = (h ^ (h >>> 31)) + c * 0x94d0_49bb_1331_11ebL;
        return h ^ (h >>> 32);
    }

    static void fail(long index, String what, long error) {
        System.out.println("load: client " + index + ": " + what + " failed with " + error);
        System.exit(1);
    }
}
