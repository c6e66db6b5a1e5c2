import jos.abi.Calls;
import jos.abi.Handle;
import jos.abi.IpcRegisters;
import jos.abi.MessageInfo;
import jos.abi.Protection;
import jos.hw.Memory;
import jos.sys.Ipc;
import jos.sys.Syscall;

/**
 * A server of the load test (QemuBootIT, test=load). Slot 0: its endpoint; slot 1: its notification,
 * bound to its thread and signalled by the scenario with (index + 1) << 8; slot 2 (servers 0-2): SEND to
 * the next server's endpoint. Answers PING calls (words transformed, a checksum over them) and tallies
 * each client's calls and checksums by badge; forwards a checksummed message to the next server every
 * FORWARD_EVERY calls with send, and an END with its totals once every client has stopped; at a client's
 * STOP call compares the client's own count and sum with its tally. Ends once every client stopped and
 * (but server 0) the previous server's END came; prints what it counted; exits 0 if everything matched.
 */
public final class LoadServer {
    static final long PING = 1, STOP = 2, FORWARD = 3, END = 4;
    static final int CLIENTS = 4, FORWARD_EVERY = 97;
    static final long[] CALLS = new long[CLIENTS], SUMS = new long[CLIENTS];

    static void main() {
        long endpoint = Handle.of(0, Handle.FIRST_GENERATION), notification = Handle.of(1, Handle.FIRST_GENERATION);
        long next = Handle.of(2, Handle.FIRST_GENERATION);
        long r = Syscall.call3(Calls.MAP, 0, 4096, Protection.READ | Protection.WRITE);
        if (r < 0) fail(-1, "map", r);
        long polled = Ipc.call(Calls.POLL, notification, r);
        long bits = Memory.read64(r + IpcRegisters.BADGE);
        if (polled != 0 || (bits >>> 8) == 0) fail(-1, "poll of the index", polled);
        int index = (int) (bits >>> 8) - 1;
        boolean last = index == 3;
        long seen = bits & 0xff, notices = 0, served = 0, bad = 0, stops = 0, matched = 0;
        long forwardsIn = 0, forwardSumIn = 0, forwardsOut = 0, forwardSumOut = 0;
        boolean ended = index == 0;
        long result = Ipc.call(Calls.RECV, endpoint, r);
        while (result == 0) {
            long info = Memory.read64(r + IpcRegisters.INFO), badge = Memory.read64(r + IpcRegisters.BADGE);
            long label = MessageInfo.label(info);
            if ((info & MessageInfo.NOTIFICATION) != 0) {
                seen |= badge & 0xff;
                notices++;
                result = Ipc.call(Calls.RECV, endpoint, r);
                continue;
            }
            long w0 = Memory.read64(r + IpcRegisters.WORD0), w1 = Memory.read64(r + IpcRegisters.WORD1);
            long w2 = Memory.read64(r + IpcRegisters.WORD2), w3 = Memory.read64(r + IpcRegisters.WORD3);
            if (label == FORWARD || label == END) {
                if (badge != 0x100 + index - 1 || w3 != checksum(w0, w1, w2)) bad++;
                if (label == FORWARD) {
                    forwardsIn++;
                    forwardSumIn += w3;
                } else {
                    ended = true;
                    if (w0 != forwardsIn || w1 != forwardSumIn) bad++;
                }
                if (ended && stops == CLIENTS) break;
                result = Ipc.call(Calls.RECV, endpoint, r);
                continue;
            }
            int client = (int) badge - 1;
            if (client < 0 || client >= CLIENTS) {
                bad++;
                result = Ipc.call(Calls.RECV, endpoint, r);
                continue;
            }
            if (label == STOP) {
                boolean match = w0 == CALLS[client] && w1 == SUMS[client];
                if (match) matched++;
                stops++;
                Memory.write64(r + IpcRegisters.INFO, MessageInfo.registers(STOP, 2, 0));
                Memory.write64(r + IpcRegisters.WORD0, match ? 1 : 0);
                Memory.write64(r + IpcRegisters.WORD1, CALLS[client]);
                if (stops < CLIENTS) {
                    result = Ipc.call(Calls.REPLY_RECV, endpoint, r);
                    continue;
                }
                long replied = Ipc.call(Calls.REPLY, 0, r);
                if (replied != 0) bad++;
                if (!last) {
                    send(next, r, END, forwardsOut, forwardSumOut, index);
                }
                if (ended) break;
                result = Ipc.call(Calls.RECV, endpoint, r);
                continue;
            }
            // A PING: a call whose checksum does not match is answered with a wrong one, so the client counts it.
            boolean right = label == PING && w3 == checksum(w0, w1, w2);
            if (!right) bad++;
            CALLS[client]++;
            SUMS[client] += w3;
            served++;
            long a0 = w0 + index + 1, a1 = w1 ^ 0x5555_aaaa_5555_aaaaL, a2 = ~w2;
            Memory.write64(r + IpcRegisters.INFO, MessageInfo.registers(PING, 4, 0));
            Memory.write64(r + IpcRegisters.WORD0, a0);
            Memory.write64(r + IpcRegisters.WORD1, a1);
            Memory.write64(r + IpcRegisters.WORD2, a2);
            Memory.write64(r + IpcRegisters.WORD3, right ? checksum(a0, a1, a2) : 0);
            if (last || served % FORWARD_EVERY != 0) {
                result = Ipc.call(Calls.REPLY_RECV, endpoint, r);
                continue;
            }
            // Answer first, then forward: the client is not kept waiting while the next server is busy.
            long replied = Ipc.call(Calls.REPLY, 0, r);
            if (replied != 0) bad++;
            long x = served * 0x2545_f491_4f6c_dd1dL;
            forwardsOut++;
            forwardSumOut += checksum(index, served, x);
            send(next, r, FORWARD, index, served, x);
            result = Ipc.call(Calls.RECV, endpoint, r);
        }
        if (result != 0) fail(index, "receive", result);
        long pollResult = Ipc.call(Calls.POLL, notification, r);
        if (pollResult == 0) seen |= Memory.read64(r + IpcRegisters.BADGE) & 0xff;
        System.out.println("load: server " + index + ": served " + served + " calls (" + CALLS[0] + " " + CALLS[1] + " " + CALLS[2] + " " + CALLS[3]
                + "), " + matched + " of " + CLIENTS + " stops matched, " + bad + " bad");
        System.out.println("load: server " + index + ": forwarded " + forwardsOut + " sum " + Long.toHexString(forwardSumOut) + ", received "
                + forwardsIn + " sum " + Long.toHexString(forwardSumIn) + ", notified " + notices + " times, bits " + Long.toHexString(seen));
        System.exit(bad == 0 && matched == CLIENTS ? 0 : 1);
    }

    /** send of label with words a, b, c and their checksum to handle; fails the server on an error. */
    static void send(long handle, long r, long label, long a, long b, long c) {
        Memory.write64(r + IpcRegisters.INFO, MessageInfo.registers(label, 4, 0));
        Memory.write64(r + IpcRegisters.WORD0, a);
        Memory.write64(r + IpcRegisters.WORD1, b);
        Memory.write64(r + IpcRegisters.WORD2, c);
        Memory.write64(r + IpcRegisters.WORD3, checksum(a, b, c));
        long sent = Ipc.call(Calls.SEND, handle, r);
        if (sent != 0) fail(-1, "send", sent);
    }

    static long checksum(long a, long b, long c) {
        long h = a * 0x9e37_79b9_7f4a_7c15L;
        h = (h ^ (h >>> 29)) + b * 0xbf58_476d_1ce4_e5b9L;
        h = (h ^ (h >>> 31)) + c * 0x94d0_49bb_1331_11ebL;
        return h ^ (h >>> 32);
    }

    static void fail(long index, String what, long error) {
        System.out.println("load: server " + index + ": " + what + " failed with " + error);
        System.exit(1);
    }
}
