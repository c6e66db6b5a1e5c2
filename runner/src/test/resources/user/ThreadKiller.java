import jos.abi.Calls;
import jos.abi.IpcRegisters;
import jos.abi.ProcessStatus;
import jos.abi.Protection;
import jos.hw.Memory;
import jos.sys.BootInformation;
import jos.sys.Ipc;
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
        long handles = page + 1024, line = page + 2048, r = page + 3072;
        Memory.write64(handles, endpoint);
        String path = "/boot/thread-spin.elf";
        long child = Syscall.call6(Calls.SPAWN, BootInformation.module(BootInformation.RECORD, path),
                BootInformation.moduleNumber(BootInformation.RECORD, path), line, 0, handles, 1);
        System.out.println("thread-killer: spawned thread-spin: " + (child > 0 ? "a handle" : "error " + child));
        System.out.flush();
        if (child < 0) System.exit(1);
        long received = Ipc.call(Calls.RECV, endpoint, r);
        System.out.println("thread-killer: thread-spin says its threads run: " + received + ", label " + (Memory.read64(r + IpcRegisters.INFO) & 0xffff_ffffL));
        System.out.flush();
        long killed = Syscall.call1(Calls.KILL, child);
        System.out.println("thread-killer: kill returned " + killed);
        System.out.flush();
        long status;
        do {
            status = Syscall.call1(Calls.PROCESS_STATUS, child);
            if (status == ProcessStatus.RUNNING) Syscall.call0(Calls.YIELD);
        } while (status == ProcessStatus.RUNNING);
        System.out.println("thread-killer: thread-spin " + (status < 0 ? "status failed: " + status : "exited with code " + ProcessStatus.code(status)));
        System.out.flush();
        System.exit(killed == 0 && status == ProcessStatus.exited(-9) ? 0 : 1);
    }
}
