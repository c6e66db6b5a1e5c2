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
 * The client of the kill test (QemuBootIT, test=ipc-kill): makes one call on its first capability's
 * endpoint, whose server is killed while holding it; exits 0 if the call failed with EPIPE.
 */
public final class CallOnce {
    static void main() {
        long endpoint = Handle.of(0, Handle.FIRST_GENERATION);
        long r = Syscall.call3(Calls.MAP, 0, 4096, Protection.READ | Protection.WRITE);
        if (r < 0) System.exit(2);
        Memory.write64(r + IpcRegisters.INFO, MessageInfo.registers(1, 1, 0));
        Memory.write64(r + IpcRegisters.WORD0, 42);
        long result = Ipc.call(Calls.CALL, endpoint, r);
        System.out.println("caller: the call returned " + result);
        System.exit(result == Errors.EPIPE ? 0 : 1);
    }
}
