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
        return List.of("-O2", "-g", "-std=gnu11", "-ffreestanding", "-fno-stack-protector", "-fno-pie",
                "-fwrapv", "-fno-strict-aliasing", "-fno-math-errno", "-ffp-contract=off",
                "-fno-asynchronous-unwind-tables", "-fno-omit-frame-pointer", "-w", "-DJRT_GC");
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
