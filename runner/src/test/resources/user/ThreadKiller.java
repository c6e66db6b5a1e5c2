import jos.abi.Calls;
import jos.abi.IpcRegisters;
import jos.abi.ProcessStatus;
import jos.abi.Protection;
import jos.hw.Memory;
import jos.sys.Ipc;
import jos.sys.Processes;
import jos.sys.Syscall;

/**
 * The first process of test=threads-kill (QemuBootIT), holding MODULE capabilities: spawns ThreadSpin with an
 * endpoint, waits for its message that its four threads run on four CPUs, kills it while they run and
 * reads its status (-9; process_status then gives back every thread's kernel stack). Exits 0 if so.
 */
public final class ThreadKiller {
    static void main() {
        long page = Syscall.call3(Calls.MAP, 0, 4096, Protection.READ | Protection.WRITE);
        if (page < 0) System.exit(2);
        long endpoint = Syscall.call0(Calls.ENDPOINT_CREATE);
        long r = page + 3072;
        long child = Processes.spawn("/boot/thread-spin.elf", "", endpoint);
        System.out.println("thread-killer: spawned thread-spin: " + (child > 0 ? "a handle" : "error " + child));
        System.out.flush();
        if (child < 0) System.exit(1);
        long received = Ipc.call(Calls.RECV, endpoint, r);
        System.out.println("thread-killer: thread-spin says its threads run: " + received + ", label " + (Memory.read64(r + IpcRegisters.INFO) & 0xffff_ffffL));
        System.out.flush();
        long killed = Syscall.call1(Calls.KILL, child);
        System.out.println("thread-killer: kill returned " + killed);
        System.out.flush();
        long status = Processes.waitForEnd(child);
        System.out.println("thread-killer: thread-spin " + Processes.describe(status));
        System.out.flush();
        System.exit(killed == 0 && status == ProcessStatus.exited(-9) ? 0 : 1);
    }
}
