import jos.abi.Calls;
import jos.abi.Handle;
import jos.abi.Protection;
import jos.sys.Ipc;
import jos.sys.Syscall;

/**
 * The server of the kill test (QemuBootIT, test=ipc-kill): receives one call on its first capability's
 * endpoint and never answers it, yielding in a loop until the kernel kills it (a yield that failed
 * would end the loop, and the server would exit 1 instead of being killed).
 */
public final class HoldServer {
    static void main() {
        long endpoint = Handle.of(0, Handle.FIRST_GENERATION);
        long r = Syscall.call3(Calls.MAP, 0, 4096, Protection.READ | Protection.WRITE);
        long result = r < 0 ? r : Ipc.call(Calls.RECV, endpoint, r);
        System.out.println("hold: received a call (" + result + "), never answering it");
        System.out.flush();
        long spins = 0;
        while (result == 0 && (result = Syscall.call0(Calls.YIELD)) == 0) spins++;
        System.out.println("hold: yield failed with " + result + " after " + spins);
        System.exit(1);
    }
}
