package jos.kernel.process;

import jos.abi.BootEntry;
import jos.abi.BootRecord;
import jos.hw.Memory;
import jos.kernel.boot.limine.BootInfo;
import jos.kernel.console.Log;
import jos.kernel.ipc.IpcState;
import jos.kernel.memory.Heap;
import jos.kernel.memory.UserAddressSpace;
import jos.kernel.sched.Scheduler;
import jos.limine.File;
import jos.x86.PageTableEntry;

/**
 * The first process: a boot module loaded as the one process the kernel starts itself, with every
 * capability the boot found ({@link BootAuthority}) and the boot record mapped read-only at
 * BootRecord.ADDRESS, so it can tell which handle is what. It hands out the rest (as seL4's root task
 * and MINIX 3's RS do); the kernel keeps no other process. Each capability given is logged, as the
 * record says it:
 * <pre>
 * init: module 1 /boot/exitseven.elf (21408 bytes): handle 0x1001
 * init: irq lines 0-23: handle 0x1004
 * </pre>
 */
public final class FirstProcess {
    /** The module the kernel starts when the command line has no init=path. */
    public static final String DEFAULT_PATH = "/boot/init.elf";
    /** Slots of its capability table. */
    public static final int CAPACITY = 256;
    /** Its thread's IPC incarnation: apart from the scenarios' (1-4) and spawned threads' (1 << 16 up). */
    static final int INCARNATION = 1 << 15;
    /** Why its ELF was refused: the bootstrap CPU's record, as the first process is made once, before any other. */
    private static final long[] PROBLEM = new long[jos.elf.Problem.SIZE];

    private FirstProcess() {
    }

    /**
     * Makes the first process of boot module file, its thread (not started) on affinity (a CPU id or
     * SchedState.ANY_CPU): the thread, or 0 after logging why (refused by the ELF checks, out of memory,
     * more resources than the record holds); nothing is kept then.
     */
    public static long create(long file, int affinity) {
        long root = UserImage.load(File.address(file), File.size(file), PROBLEM);
        if (root == 0) {
            Log.begin(Log.WARN);
            Log.print("init: ");
            Log.cString(File.path(file));
            Log.print(" refused: ");
            UserImage.printProblem(PROBLEM);
            Log.newline();
            return 0;
        }
        long process = Process.adopt(CAPACITY, root);
        if (process == 0) {
            UserAddressSpace.destroy(root);
            return fail(file, "no memory for its process", 0);
        }
        long record = Heap.allocate(BootRecord.MAX_BYTES);
        if (record == 0) return fail(file, "no memory for its boot record", process);
        long given = BootAuthority.grant(Process.table(process), record);
        boolean mapped = given == 0 && UserAddressSpace.allocate(root, BootRecord.ADDRESS, BootRecord.MAX_BYTES, PageTableEntry.NO_EXECUTE)
                && UserAddressSpace.copyIn(root, BootRecord.ADDRESS, record, BootRecord.MAX_BYTES);
        if (mapped) report(file, record);
        Heap.free(record);
        if (given != 0) return fail(file, "more resources than its table or boot record holds", process);
        if (!mapped) return fail(file, "no memory for its boot record", process);
        long thread = UserThread.create(File.path(file), root, UserImage.entry(File.address(file)), UserImage.STACK_TOP,
                Scheduler.DEFAULT_PRIORITY, affinity);
        if (thread == 0) return fail(file, "no memory for its thread", process);
        IpcState.init(thread, 0, INCARNATION);
        Process.attach(process, thread);
        return thread;
    }

    /** Logs why the first process was not started, tearing down process (0: none); 0. */
    private static long fail(long file, String why, long process) {
        Log.begin(Log.WARN);
        Log.print("init: ");
        Log.cString(File.path(file));
        Log.print(" not started: ");
        Log.println(why);
        if (process != 0) {
            Process.begin(process, UserThread.KILLED);
            while (Process.teardown(process) != 0) {
                // a process that never ran has no partner to wake
            }
            Process.release(process);
        }
        return 0;
    }

    /** One line for the process and one per capability it was given, as the record describes them. */
    private static void report(long file, long record) {
        Log.begin(Log.INFO);
        Log.print("init: starting ");
        Log.cString(File.path(file));
        Log.print(" as the first process with ");
        Log.dec(Memory.read32(record + BootRecord.ENTRIES));
        Log.println(" capabilities");
        for (int i = 0; i < Memory.read32(record + BootRecord.ENTRIES); i++) {
            long e = record + BootRecord.FIRST_ENTRY + (long) i * BootEntry.SIZE;
            long base = Memory.read64(e + BootEntry.BASE), length = Memory.read64(e + BootEntry.LENGTH);
            long detail = Memory.read64(e + BootEntry.DETAIL);
            Log.begin(Log.INFO);
            Log.print("init: ");
            switch (Memory.read32(e + BootEntry.ROLE)) {
                case BootRecord.MODULE -> {
                    Log.print("module ");
                    Log.dec(base);
                    Log.print(" ");
                    int name = Memory.read32(e + BootEntry.NAME);
                    for (int k = 0; k < Memory.read32(e + BootEntry.NAME_LENGTH); k++) Log.print((char) (Memory.read8(record + name + k) & 0xff));
                    Log.print(" (");
                    Log.dec(detail);
                    Log.print(" bytes)");
                }
                case BootRecord.FRAMEBUFFER -> {
                    Log.print("framebuffer ");
                    Log.dec(Memory.read32(record + BootRecord.FB_WIDTH));
                    Log.print("x");
                    Log.dec(Memory.read32(record + BootRecord.FB_HEIGHT));
                    Log.print(", pitch ");
                    Log.dec(Memory.read32(record + BootRecord.FB_PITCH));
                    Log.print(", ");
                    Log.dec(Memory.read16(record + BootRecord.FB_BPP) & 0xffff);
                    Log.print(" bpp at ");
                    Log.hex(detail);
                    pages(base, length);
                }
                case BootRecord.IRQ_LINES -> {
                    Log.print("irq lines ");
                    Log.dec(base);
                    Log.print("-");
                    Log.dec(base + length - 1);
                }
                case BootRecord.UART -> {
                    if (Memory.read32(e + BootEntry.KIND) == jos.abi.Kinds.IO_PORTS) {
                        Log.print("uart ports ");
                        Log.hex(base);
                        Log.print("-");
                        Log.hex(base + length - 1);
                    } else {
                        Log.print("uart mmio ");
                        Log.hex(detail);
                        pages(base, length);
                    }
                }
                default -> {
                    Log.print("acpi tables");
                    pages(base, length);
                }
            }
            Log.print(": handle ");
            Log.hex(Memory.read32(e + BootEntry.HANDLE) & 0xffff_ffffL);
            Log.newline();
        }
    }

    private static void pages(long base, long length) {
        Log.print(", pages ");
        Log.hex(base);
        Log.print("+");
        Log.hex(length);
    }
}
