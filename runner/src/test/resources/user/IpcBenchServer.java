import jos.abi.Calls;
import jos.abi.Handle;
import jos.abi.IpcRegisters;
import jos.abi.MessageInfo;
import jos.abi.Protection;
import jos.hw.Memory;
import jos.sys.Ipc;
import jos.sys.Syscall;

/**
 * The partner of IpcBenchClient (scripts/bench ipc, QemuBootIT, test=ipc-bench): slot 0 an endpoint it
 * receives on, slot 1 a notification it waits on, slot 2 one it signals. It answers every call with the
 * words it got, each plus one (a buffer message's words in a buffer reply of the same length), until a STOP call; then answers every signal with a signal until the
 * STOP bit comes, and exits 0.
 */
public final class IpcBenchServer {
    static final long STOP = 2, STOP_BIT = 2;

    static void main() {
        long endpoint = Handle.of(0, Handle.FIRST_GENERATION), in = Handle.of(1, Handle.FIRST_GENERATION);
        long out = Handle.of(2, Handle.FIRST_GENERATION);
        long r = Syscall.call3(Calls.MAP, 0, 4096, Protection.READ | Protection.WRITE);
        if (r < 0) fail("map", r);
        long buffer = Ipc.buffer();
        if (buffer < 0) fail("ipc_buffer", buffer);
        long result = Ipc.call(Calls.RECV, endpoint, r);
        while (result == 0 && MessageInfo.label(Memory.read64(r + IpcRegisters.INFO)) != STOP) {
            long info = Memory.read64(r + IpcRegisters.INFO);
            if (MessageInfo.inBuffer(info)) {
                int words = MessageInfo.length(info) / 8;
                for (int i = 0; i < words; i++) Ipc.putWord(buffer, i, Ipc.word(buffer, i) + 1);
                result = Ipc.callBuffer(Calls.REPLY_RECV, endpoint, r, MessageInfo.label(info), words * 8, 0);
                continue;
            }
            for (int i = 0; i < 4; i++) Memory.write64(r + IpcRegisters.WORD0 + 8 * i, Memory.read64(r + IpcRegisters.WORD0 + 8 * i) + 1);
            result = Ipc.call(Calls.REPLY_RECV, endpoint, r);
        }
        if (result != 0) fail("receive", result);
        Memory.write64(r + IpcRegisters.INFO, MessageInfo.registers(STOP, 0, 0));
        result = Ipc.call(Calls.REPLY, 0, r);
        if (result != 0) fail("reply", result);
        for (;;) {
            result = Ipc.call(Calls.WAIT, in, r);
            if (result != 0) fail("wait", result);
            if ((Memory.read64(r + IpcRegisters.BADGE) & STOP_BIT) != 0) break;
            result = Syscall.call2(Calls.SIGNAL, out, 1);
            if (result != 0) fail("signal", result);
        }
        System.exit(0);
    }

    static void fail(String what, long error) {
        System.out.println("bench server: " + what + " failed with " + error);
        System.exit(1);
    }
}
