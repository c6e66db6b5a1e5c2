import jos.abi.Calls;
import jos.abi.Errors;
import jos.abi.FaultRecord;
import jos.abi.Handle;
import jos.abi.ProcessStatus;
import jos.abi.Protection;
import jos.hw.Memory;
import jos.sys.BootInformation;
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
        long missing = spawn(page, "/boot/exitseven.elf", "/boot/spinner.elf");
        System.out.println("spawner: spawning a module the capability does not name: " + missing);
        ok &= missing == Errors.EPERM;
        long bad = Syscall.call1(Calls.PROCESS_STATUS, Handle.of(200, Handle.FIRST_GENERATION));
        System.out.println("spawner: the status of an empty slot: " + bad);
        ok &= bad == Errors.EBADF;

        long seven = spawn(page, "/boot/exitseven.elf", "/boot/exitseven.elf");
        System.out.println("spawner: spawned exitseven: " + (seven > 0 ? "a handle" : "error " + seven));
        long status = waitForEnd(seven);
        System.out.println("spawner: exitseven " + describe(status));
        ok &= status == ProcessStatus.exited(7);

        long spinner = spawn(page, "/boot/spinner.elf", "/boot/spinner.elf");
        System.out.println("spawner: spawned spinner: " + (spinner > 0 ? "a handle" : "error " + spinner));
        long running = Syscall.call1(Calls.PROCESS_STATUS, spinner);
        System.out.println("spawner: spinner " + describe(running));
        ok &= running == ProcessStatus.RUNNING;
        long killed = Syscall.call1(Calls.KILL, spinner);
        System.out.println("spawner: kill returned " + killed);
        status = waitForEnd(spinner);
        System.out.println("spawner: spinner " + describe(status));
        ok &= killed == 0 && status == ProcessStatus.exited(-9);
        long record = page + 3072;
        long notFault = Syscall.call2(Calls.PROCESS_FAULT, spinner, record);
        System.out.println("spawner: process_fault of the killed spinner: " + notFault);
        ok &= notFault == Errors.ENOENT;

        long fault = spawn(page, "/boot/fault.elf", "/boot/fault.elf");
        status = waitForEnd(fault);
        System.out.println("spawner: fault " + describe(status));
        long read = Syscall.call2(Calls.PROCESS_FAULT, fault, record);
        long rip = Memory.read64(record + FaultRecord.RIP);
        System.out.println("spawner: process_fault returned " + read + ": vector " + Memory.read64(record + FaultRecord.VECTOR)
                + ", address 0x" + Long.toHexString(Memory.read64(record + FaultRecord.ADDRESS)) + ", error code 0x"
                + Long.toHexString(Memory.read64(record + FaultRecord.ERROR_CODE)) + ", rip 0x" + Long.toHexString(rip));
        ok &= read == 0 && status == ProcessStatus.exited(-1014) && Memory.read64(record + FaultRecord.VECTOR) == 14;
        System.exit(ok ? 0 : 1);
    }

    /** spawn of module path through the capability the boot record names for module capability, with a command line and no capabilities. */
    static long spawn(long page, String capability, String path) {
        long line = page + 2048;
        long handle = BootInformation.module(BootInformation.RECORD, capability);
        long number = BootInformation.moduleNumber(BootInformation.RECORD, path);
        return Syscall.call6(Calls.SPAWN, handle, number, line, put(line, "child of spawner"), 0, 0);
    }

    static long put(long at, String s) {
        for (int i = 0; i < s.length(); i++) Memory.write8(at + i, (byte) s.charAt(i));
        return s.length();
    }

    /** process_status until the process is dead (or the call fails), yielding meanwhile. */
    static long waitForEnd(long handle) {
        for (;;) {
            long status = Syscall.call1(Calls.PROCESS_STATUS, handle);
            if (status != ProcessStatus.RUNNING) return status;
            Syscall.call0(Calls.YIELD);
        }
    }

    static String describe(long status) {
        if (status < 0) return "status failed: " + status;
        if (status == ProcessStatus.RUNNING) return "is running";
        return "exited with code " + ProcessStatus.code(status);
    }
}
