import jos.abi.BootRecord;
import jos.abi.Calls;
import jos.abi.IpcRegisters;
import jos.abi.ProcessStatus;
import jos.abi.Protection;
import jos.hw.Memory;
import jos.sys.BootInformation;
import jos.sys.Ipc;
import jos.sys.Syscall;
import jos.sys.Time;

/**
 * The first process of CorpusBootIT: runs the corpus ELF once per line of the list module, one at a time.
 * The list's first line is {@code limit <seconds>}; every other line is a command line for
 * {@code /boot/corpus.elf} (its program's name, after any NAME=value words). For each it prints
 * {@code corpus-run: begin <n>}, spawns the child with that command line, waits for its death
 * (process_watch) or the limit (timer_set), which kills it, and prints
 * {@code corpus-run: end <n> exit <code>} or {@code corpus-run: end <n> timeout}; the child's output lies
 * between, in CorpusStreams' records. The markers count lines, so no child output can be taken for one.
 */
public final class CorpusDriver {
    static final String CORPUS = "/boot/corpus.elf";
    static final String LIST = "/boot/corpus.list";
    static final long DEATH = 1, TIMER = 2;

    static void main() {
        long page = Syscall.call3(Calls.MAP, 0, 4096, Protection.READ | Protection.WRITE);
        long notification = Syscall.call0(Calls.NOTIFICATION_CREATE);
        long listEntry = BootInformation.find(BootInformation.RECORD, BootRecord.MODULE, LIST);
        if (page < 0 || notification < 0 || listEntry == 0) {
            System.out.println("corpus-run: cannot start: page " + page + ", notification " + notification + ", list entry " + listEntry);
            System.exit(2);
        }
        long size = BootInformation.detail(listEntry);
        long list = Syscall.call6(Calls.MEMORY_MAP, BootInformation.handle(listEntry), 0, size, 0, Protection.READ,
                BootInformation.base(listEntry));
        if (list < 0) {
            System.out.println("corpus-run: memory_map of " + LIST + " failed: " + list);
            System.exit(2);
        }
        long module = BootInformation.module(BootInformation.RECORD, CORPUS);
        long number = BootInformation.moduleNumber(BootInformation.RECORD, CORPUS);
        long registers = page + 3072, line = page;
        long limit = -1;
        int n = 0;
        for (long at = 0; at < size;) {
            long end = at;
            while (end < size && Memory.read8(list + end) != '\n') end++;
            long length = end - at;
            if (length > 0 && limit < 0) {
                limit = Long.parseLong(text(list + at, length).substring("limit ".length())) * 1_000_000_000L;
            } else if (length > 0) {
                Memory.copy(line, list + at, length);
                System.out.println("corpus-run: begin " + n);
                System.out.flush();
                System.out.println("corpus-run: end " + n + " " + run(module, number, line, length, notification, registers, limit));
                System.out.flush();
                n++;
            }
            at = end + 1;
        }
        System.out.println("corpus-run: " + n + " programs run");
        System.exit(0);
    }

    /** One child: "exit <code>", "timeout" (killed at the limit) or "spawn failed <error>". */
    static String run(long module, long number, long line, long length, long notification, long registers, long limit) {
        long child = Syscall.call6(Calls.SPAWN, module, number, line, length, 0, 0);
        if (child < 0) return "spawn failed " + child;
        Time.watch(child, notification, DEATH);
        Time.timerSet(notification, TIMER, Time.monotonic() + limit, 0);
        long bits = waitFor(notification, registers);
        boolean timedOut = (bits & DEATH) == 0;
        if (timedOut) {
            Syscall.call1(Calls.KILL, child);
            while ((bits & DEATH) == 0) bits |= waitFor(notification, registers);
        }
        Time.timerCancel(notification);
        Syscall.call1(Calls.POLL, notification);   // a timer bit that came meanwhile
        long status = Syscall.call1(Calls.PROCESS_STATUS, child);
        Syscall.call1(Calls.CAP_DELETE, child);
        return timedOut ? "timeout" : ProcessStatus.isExited(status) ? "exit " + ProcessStatus.code(status) : "status " + status;
    }

    static long waitFor(long notification, long registers) {
        long result = Ipc.call(Calls.WAIT, notification, registers);
        return result < 0 ? result : Memory.read64(registers + IpcRegisters.BADGE);
    }

    static String text(long at, long length) {
        StringBuilder s = new StringBuilder();
        for (long i = 0; i < length; i++) s.append((char) Memory.read8(at + i));
        return s.toString();
    }
}
