import jos.abi.Calls;
import jos.abi.Errors;
import jos.abi.FaultRecord;
import jos.abi.Handle;
import jos.abi.ProcessStatus;
import jos.abi.Protection;
import jos.hw.Memory;
import jos.sys.BootInformation;
import jos.sys.Processes;
import jos.sys.Syscall;

/**
 * The first process of the spawn test (QemuBootIT, test=process-spawn), holding a MODULE capability per
 * boot module (its boot record says which): spawns ExitSeven and waits for its status, spawns Spinner,
 * kills it and reads its status, spawns Fault and reads how the page fault ended it (process_fault), and
 * checks the calls' errors on a module its capability does not name and a handle that names nothing. Exits 0 if every answer was right.
 */
public final class Spawner {
    static void main() {
        long page = Syscall.call3(Calls.MAP, 0, 4096, Protection.READ | Protection.WRITE);
        if (page < 0) System.exit(2);
        boolean ok = BootInformation.present(BootInformation.RECORD);
        long missing = spawn("/boot/exitseven.elf", "/boot/spinner.elf");
        System.out.println("spawner: spawning a module the capability does not name: " + missing);
        ok &= missing == Errors.EPERM;
        long bad = Syscall.call1(Calls.PROCESS_STATUS, Handle.of(200, Handle.FIRST_GENERATION));
        System.out.println("spawner: the status of an empty slot: " + bad);
        ok &= bad == Errors.EBADF;

        long seven = spawn("/boot/exitseven.elf", "/boot/exitseven.elf");
        System.out.println("spawner: spawned exitseven: " + (seven > 0 ? "a handle" : "error " + seven));
        long status = Processes.waitForEnd(seven);
        System.out.println("spawner: exitseven " + Processes.describe(status));
        ok &= status == ProcessStatus.exited(7);

        long spinner = spawn("/boot/spinner.elf", "/boot/spinner.elf");
        System.out.println("spawner: spawned spinner: " + (spinner > 0 ? "a handle" : "error " + spinner));
        long running = Syscall.call1(Calls.PROCESS_STATUS, spinner);
        System.out.println("spawner: spinner " + Processes.describe(running));
        ok &= running == ProcessStatus.RUNNING;
        long killed = Syscall.call1(Calls.KILL, spinner);
        System.out.println("spawner: kill returned " + killed);
        status = Processes.waitForEnd(spinner);
        System.out.println("spawner: spinner " + Processes.describe(status));
        ok &= killed == 0 && status == ProcessStatus.exited(-9);
        long record = page + 3072;
        long notFault = Syscall.call2(Calls.PROCESS_FAULT, spinner, record);
        System.out.println("spawner: process_fault of the killed spinner: " + notFault);
        ok &= notFault == Errors.ENOENT;

        long fault = spawn("/boot/fault.elf", "/boot/fault.elf");
        status = Processes.waitForEnd(fault);
        System.out.println("spawner: fault " + Processes.describe(status));
        long read = Syscall.call2(Calls.PROCESS_FAULT, fault, record);
        long rip = Memory.read64(record + FaultRecord.RIP);
        System.out.println("spawner: process_fault returned " + read + ": vector " + Memory.read64(record + FaultRecord.VECTOR)
                + ", address 0x" + Long.toHexString(Memory.read64(record + FaultRecord.ADDRESS)) + ", error code 0x"
                + Long.toHexString(Memory.read64(record + FaultRecord.ERROR_CODE)) + ", rip 0x" + Long.toHexString(rip));
        ok &= read == 0 && status == ProcessStatus.exited(-1014) && Memory.read64(record + FaultRecord.VECTOR) == 14;
        System.exit(ok ? 0 : 1);
    }

    /** spawn of module path through the capability the boot record names for module capability, with a command line and no capabilities. */
    static long spawn(String capability, String path) {
        return Processes.spawn(BootInformation.module(BootInformation.RECORD, capability), BootInformation.moduleNumber(BootInformation.RECORD, path),
                "child of spawner");
    }
}
