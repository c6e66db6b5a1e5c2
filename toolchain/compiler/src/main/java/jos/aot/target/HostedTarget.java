package jos.aot.target;

import java.util.List;

/** A static Linux x86_64 executable without libc: the runtime makes raw system calls. */
public final class HostedTarget implements Target {
    @Override
    public String name() {
        return "hosted";
    }

    @Override
    public List<String> cflags() {
        // Traces walk frame pointers and map return addresses through the DWARF line table and inlined
        // scopes (-g1 keeps both): no sibling calls (a frame would vanish), no merging of code from
        // different lines or of identical functions (it would be named by only one of them), no splitting
        // of a method into a head and an out-of-line part (both would show as frames of it).
        return List.of("-O2", "-g1", "-std=gnu11", "-ffreestanding", "-fno-stack-protector", "-fno-pie",
                "-fwrapv", "-fno-strict-aliasing", "-fno-math-errno", "-ffp-contract=off",
                "-fno-asynchronous-unwind-tables", "-fno-omit-frame-pointer", "-mno-omit-leaf-frame-pointer",
                "-fno-optimize-sibling-calls", "-fno-crossjumping", "-fno-tree-tail-merge", "-fno-ipa-icf",
                "-fno-partial-inlining",
                "-DJRT_NATIVE_TRACES", "-w", "-DJRT_GC");
    }

    @Override
    public boolean linkTimeOptimization() {
        return true;
    }

    /** 16 frames of a few KiB at most: far inside the 512 KiB kept below the limit (hosted/platform.c). */
    @Override
    public int uncheckedStackDepth() {
        return 16;
    }

    @Override
    public boolean inlineHints() {
        return true;
    }

    @Override
    public List<String> runtimeSources() {
        return List.of("jrt.c", "gc.c", "natives.c", "hosted/platform.c");
    }

    @Override
    public Entry entry() {
        return Entry.MAIN_WITH_ARGS;
    }

    @Override
    public List<String> linkFlags() {
        return List.of("-static", "-nostdlib", "-no-pie", "-Wl,--gc-sections", "-lgcc");
    }
}
