package jos.aot.target;

import java.util.List;

/** What differs between the places compiled Java runs: compiler flags, the platform C, the link. */
public interface Target {
    /** How the program is entered. */
    enum Entry {
        /** {@code public static void main(String[])}, with the process's arguments (hosted). */
        MAIN_WITH_ARGS,
        /** {@code static void main()}, called by the platform's start code (kernel). */
        MAIN,
        /**
         * {@code public static void main(String[])} with the words of the command line, or else {@code static
         * void main()} (user).
         */
        MAIN_EITHER,
        /** No main method: assembly calls the program's {@code @Export} methods (loader). */
        EXPORTS_ONLY
    }

    String name();

    /** Flags for every C file of the program and the runtime. */
    List<String> cflags();

    /** The runtime's C sources for this target, as paths inside the runtime's C directory. */
    List<String> runtimeSources();

    /** Flags for the final link, after the object files. */
    List<String> linkFlags();

    Entry entry();

    /** False on kernel and loader: float and double are compile errors there (they must not touch a user thread's SSE/x87 state). */
    default boolean floatingPoint() {
        return true;
    }

    /**
     * True where {@code synchronized} can compile: on hosted and user a program runs Java on one thread, so a
     * monitor is only its null check. Kernel and loader code runs on several CPUs and we have no monitors yet,
     * so there a synchronized method or block is a located error rather than a silent data race.
     */
    default boolean monitors() {
        return true;
    }

    /**
     * How many frames below a stack check may run without one of their own (cgen.StackChecks): a method on
     * no call cycle keeps no check when every chain of calls from it meets a checked method within this many
     * frames. 0 keeps the check in every method that calls something that can throw. Only where the stack
     * has room below its limit for that many frames beside StackOverflowError's headroom.
     */
    default int uncheckedStackDepth() {
        return 0;
    }

    /**
     * Whether the C carries inlining hints (cgen.InlineHints): small methods declared inline, exception
     * factories and the runtime's slow paths out of line. Only where the stacks are large, since inlining
     * makes frames bigger.
     */
    default boolean inlineHints() {
        return false;
    }

    /**
     * True where an exception escaping {@code static void main()} is reported as HotSpot's launcher does (the
     * trace on stderr, exit code 1: jos.rt.Launcher.uncaught) rather than as a fatal error of the runtime.
     * Hosted programs always are (their entry is main(String[])); user programs have a heap to build the report.
     */
    default boolean reportsUncaught() {
        return entry() == Entry.MAIN_WITH_ARGS;
    }

    /**
     * The target's own linker script inside the runtime's C directory, or null (gcc's default, or --linker-script).
     * A script of a target's own, or one given with --linker-script, places section .jrt_traces (the stack
     * trace table, docs/toolchain.md) after everything else; with gcc's default script the build adds it.
     */
    default String linkerScript() {
        return null;
    }

    /**
     * True when the program and the runtime are compiled to gcc's intermediate form and optimized together
     * at the link (-flto): gcc then inlines small methods and runtime functions across files, and makes
     * local whatever nothing outside refers to. Symbols only assembly strings name must be {@code used}.
     * Off unless a target says so (docs/toolchain.md, "Inlining and devirtualization").
     */
    default boolean linkTimeOptimization() {
        return false;
    }

    /** True when a linker script must be given on the command line. */
    default boolean needsLinkerScript() {
        return false;
    }

    /**
     * The {@code @jos.hw.CConstants} classes (internal names) whose {@code #define}s the runtime's C for
     * this target includes from {@code jos_constants.h}; each must be on the program's classpath.
     */
    default List<String> constantsFrom() {
        return List.of();
    }

    /** Where a class of {@link #constantsFrom} comes from, for the error when it is missing. */
    default String constantsModule(String internalName) {
        return "the module that declares it";
    }

    List<String> NAMES = List.of("hosted", "kernel", "loader", "user");

    static Target named(String name) {
        return switch (name) {
            case "hosted" -> new HostedTarget();
            case "kernel" -> new FreestandingTarget.Kernel();
            case "loader" -> new FreestandingTarget.Loader();
            case "user" -> new FreestandingTarget.User();
            default -> throw new jos.aot.CompileError("unknown target '" + name + "' (this compiler knows: " + String.join(", ", NAMES) + ")");
        };
    }
}
