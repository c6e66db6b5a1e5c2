import jos.abi.Calls;
import jos.abi.Errors;
import jos.abi.IpcRegisters;
import jos.abi.ProcessStatus;
import jos.abi.Protection;
import jos.hw.Memory;
import jos.sys.BootInformation;
import jos.sys.Ipc;
import jos.sys.Processes;
import jos.sys.Syscall;
import jos.sys.Time;

/**
 * The first process of the time test (QemuBootIT, test=time-supervisor), holding MODULE capabilities: sleeps 100 ms
 * and measures it with System.nanoTime; counts the beats of a 20 ms periodic timer notification for 200
 * ms; prints System.currentTimeMillis and its year; spawns ExitSeven, waits on its death notification
 * (no polling) and reads its status; spawns a second one, waits for its death and deletes its handle
 * without asking its status. Exits 0 if every answer was right.
 */
public final class Supervisor {
    static final long MS = 1_000_000L;
    static final long HEARTBEAT = 20 * MS, HEARTBEAT_FOR = 200 * MS;
    static final long MS_PER_DAY = 86_400_000L;

    static void main() {
        long page = Syscall.call3(Calls.MAP, 0, 4096, Protection.READ | Protection.WRITE);
        if (page < 0) System.exit(2);
        long registers = page + 3072;
        boolean ok = true;

        long start = System.nanoTime();
        long slept = Time.sleep(100 * MS);
        long took = System.nanoTime() - start;
        System.out.println("supervisor: sleep(100 ms) returned " + slept + " after " + took / 1000 + " us");
        ok &= slept == 0 && took >= 100 * MS && took < 1000 * MS;
        long negative = Time.sleep(-1);
        System.out.println("supervisor: sleep(-1) returned " + negative);
        ok &= negative == Errors.EINVAL;

        long beat = Syscall.call0(Calls.NOTIFICATION_CREATE);
        long began = Time.monotonic();
        long set = Time.timerSet(beat, 1, began + HEARTBEAT, HEARTBEAT);
        long beats = 0, elapsed;
        do {
            waitFor(beat, registers);
            beats++;
            elapsed = Time.monotonic() - began;
        } while (elapsed < HEARTBEAT_FOR);
        long cancelled = Time.timerCancel(beat);
        Syscall.call1(Calls.POLL, beat);   // a beat that came after the last wait
        Time.sleep(3 * HEARTBEAT);
        long after = Syscall.call1(Calls.POLL, beat);
        System.out.println("supervisor: heartbeat: " + beats + " beats in " + elapsed / MS + " ms, timer_set " + set
                + ", timer_cancel " + cancelled + ", after the cancel " + after);
        ok &= set == 0 && cancelled == 1 && after == 0 && beats >= 3 && beats <= elapsed / HEARTBEAT + 1;
        ok &= Time.timerSet(beat, 0, began, 0) == Errors.EINVAL && Time.timerSet(beat, 1, began, 1000) == Errors.EINVAL;

        long millis = System.currentTimeMillis();
        System.out.println("supervisor: wall clock " + millis + " ms since 1970, year " + year(millis));
        ok &= year(millis) >= 2024;

        long death = Syscall.call0(Calls.NOTIFICATION_CREATE);
        long child = Processes.spawn("/boot/exitseven.elf", "child of supervisor");
        long watched = Time.watch(child, death, 0b100);
        long bits = waitFor(death, registers);
        long status = Syscall.call1(Calls.PROCESS_STATUS, child);
        System.out.println("supervisor: exitseven's death signalled bits " + bits + " (watch " + watched + "), status: "
                + (ProcessStatus.isExited(status) ? "exited with code " + ProcessStatus.code(status) : "" + status));
        ok &= child > 0 && watched == 0 && bits == 0b100 && status == ProcessStatus.exited(7);

        long orphan = Processes.spawn("/boot/exitseven.elf", "child of supervisor");
        watched = Time.watch(orphan, death, 0b1000);
        bits = waitFor(death, registers);
        long deleted = Syscall.call1(Calls.CAP_DELETE, orphan);
        System.out.println("supervisor: the second child's death signalled bits " + bits + ", its handle deleted ("
                + deleted + ") without a status read");
        ok &= orphan > 0 && watched == 0 && bits == 0b1000 && deleted == 0;
        Time.sleep(3 * HEARTBEAT);   // its CPU switches away from its stack meanwhile
        System.exit(ok ? 0 : 1);
    }

    /** wait on the notification: the bits it took (the kernel's rdi, in the record's badge). */
    static long waitFor(long notification, long registers) {
        long result = Ipc.call(Calls.WAIT, notification, registers);
        return result < 0 ? result : Memory.read64(registers + IpcRegisters.BADGE);
    }

    static long year(long millis) {
        long days = millis / MS_PER_DAY, year = 1970;
        for (;;) {
            long length = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 366 : 365;
            if (days < length) return year;
            days -= length;
            year++;
        }
    }
}
