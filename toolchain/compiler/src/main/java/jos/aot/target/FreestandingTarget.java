package jos.aot.target;

import java.util.ArrayList;
import java.util.List;

/**
 * Code that runs on the machine without an operating system below it (kernel, loader) or on ours
 * (user). No libc, no position independence. Kernel and loader use no SSE or x87 (a user thread's FP
 * state lives in those registers) and no red zone (interrupts push onto the current stack); user code
 * runs in ring 3, so it gets both, as the x86_64 psABI has them.
 */
public abstract sealed class FreestandingTarget implements Target {
    /*
     * -g1 as on hosted: line tables and inlined scopes, which the trace table is built from. With -g the
     * table named wrong lines for some frames (corpus NativeFrameTraces, StackTraceElements as user
     * programs and, with -g, on hosted too), so debuggers see functions and lines but no variables.
     */
    private static final List<String> COMMON = List.of("-O2", "-g1", "-std=gnu11", "-ffreestanding", "-fno-stack-protector",
            "-fno-stack-check", "-fno-pic", "-fno-pie", "-fwrapv", "-fno-strict-aliasing",
            "-fno-math-errno", "-ffp-contract=off", "-fno-asynchronous-unwind-tables",
            "-fno-omit-frame-pointer", "-w");
    /**
     * Stack traces walk frame pointers and map return addresses through the DWARF line table and inlined
     * scopes, as on hosted (HostedTarget): every frame kept, no code of two lines or two methods merged,
     * no method split in two.
     */
    private static final List<String> TRACES = List.of("-mno-omit-leaf-frame-pointer", "-fno-optimize-sibling-calls",
            "-fno-crossjumping", "-fno-tree-tail-merge", "-fno-ipa-icf", "-fno-partial-inlining", "-DJRT_NATIVE_TRACES");
    /** Kernel and loader: general registers only, so no path through them clobbers a user thread's SSE/x87 state. */
    private static final List<String> NO_FP = List.of("-mno-red-zone", "-mgeneral-regs-only", "-DJRT_NO_FP");

    @Override
    public List<String> cflags() {
        List<String> flags = new ArrayList<>(COMMON);
        flags.addAll(TRACES);
        if (!floatingPoint()) flags.addAll(NO_FP);
        flags.add("-mcmodel=" + codeModel());
        flags.add("-DJRT_TARGET_" + name().toUpperCase());
        flags.addAll(extraFlags());
        return flags;
    }

    abstract String codeModel();

    List<String> extraFlags() {
        return List.of();
    }

    @Override
    public boolean floatingPoint() {
        return false;
    }

    @Override
    public boolean monitors() {
        return false;
    }

    @Override
    public List<String> linkFlags() {
        return List.of("-static", "-nostdlib", "-no-pie", "-Wl,--gc-sections", "-Wl,--build-id=none", "-z", "max-page-size=0x1000",
                "-lgcc");
    }

    /** The higher-half kernel, entered by a Limine-protocol loader at its ELF entry point. */
    public static final class Kernel extends FreestandingTarget {
        @Override
        public String name() {
            return "kernel";
        }

        @Override
        String codeModel() {
            return "kernel";
        }

        /** Runtime state per CPU through GS.base, and the kernel's own heap (jrt.h, kernel_entry.c). */
        @Override
        List<String> extraFlags() {
            return List.of("-DJRT_PER_CPU", "-DJRT_KERNEL_HEAP");
        }

        @Override
        public List<String> runtimeSources() {
            return List.of("jrt.c", "natives.c", "freestanding/platform.c", "freestanding/facts.c", "freestanding/kernel_entry.c");
        }

        @Override
        public Entry entry() {
            return Entry.MAIN;
        }

        @Override
        public String linkerScript() {
            return "freestanding/kernel.ld";
        }

        /** Inlining across the kernel and its runtime (docs/toolchain.md); the assembly's names are used. */
        @Override
        public boolean linkTimeOptimization() {
            return true;
        }
    }

    /** The boot loader: linked low, entered by its own assembly, which calls its {@code @Export} methods. */
    public static final class Loader extends FreestandingTarget {
        @Override
        public String name() {
            return "loader";
        }

        @Override
        String codeModel() {
            return "small";
        }

        @Override
        public List<String> runtimeSources() {
            return List.of("jrt.c", "natives.c", "freestanding/platform.c", "freestanding/facts.c");
        }

        @Override
        public Entry entry() {
            return Entry.EXPORTS_ONLY;
        }

        @Override
        public boolean needsLinkerScript() {
            return true;
        }
    }

    /** A static user program for jos: linked low, entered at the ELF entry point with the stack the kernel gave it. */
    public static final class User extends FreestandingTarget {
        @Override
        public String name() {
            return "user";
        }

        @Override
        String codeModel() {
            return "small";
        }

        /** SSE2 and x87 in ring 3: the kernel sets CR4.OSFXSR/OSXMMEXCPT and never touches those registers. */
        @Override
        public boolean floatingPoint() {
            return true;
        }

        /**
         * The collector's heap is reserved address space, committed block by block from the kernel (gc.c, JRT_HEAP_COMMIT);
         * the main stack grows the same way to 1 MiB (user/platform.c, JRT_STACK_COMMIT).
         */
        @Override
        List<String> extraFlags() {
            return List.of("-DJRT_GC", "-DJRT_HEAP_COMMIT", "-DJRT_STACK_COMMIT", "-DJRT_COMMAND_LINE_ENVIRONMENT");
        }

        /**
         * Java runs on one thread of a user process (abi.md, "Threads in a process"), so a monitor is its null
         * check, as on hosted; a synchronized method or block keeps its stack check, which a second thread fails.
         */
        @Override
        public boolean monitors() {
            return true;
        }

        @Override
        public List<String> runtimeSources() {
            return List.of("jrt.c", "gc.c", "natives.c", "user/platform.c", "user/command_line.c", "freestanding/facts.c");
        }

        /** The system-call numbers, error codes, protections and memory_info items and the program stack's size of abi.md, declared once in lib/abi (user/platform.c). */
        @Override
        public List<String> constantsFrom() {
            return List.of("jos/abi/Calls", "jos/abi/Errors", "jos/abi/Protection", "jos/abi/MemoryInfo", "jos/abi/ProgramStack");
        }

        @Override
        public String constantsModule(String internalName) {
            return "lib/abi's classes (lib/abi/target/classes)";
        }

        /** main(String[]) gets the command line's words (user/command_line.c); a program may declare main() instead. */
        @Override
        public Entry entry() {
            return Entry.MAIN_EITHER;
        }

        @Override
        public String linkerScript() {
            return "user/user.ld";
        }

        /** An uncaught exception prints its trace and exits with 1, as on HotSpot (docs/toolchain.md, "Stack traces"). */
        @Override
        public boolean reportsUncaught() {
            return true;
        }

        /** Inlining across the program and the runtime, as on hosted (docs/toolchain.md). */
        @Override
        public boolean linkTimeOptimization() {
            return true;
        }
    }
}
