package jos.aot.target;

import java.util.List;

/** What differs between the places compiled Java runs: compiler flags, the platform C, the link. */
public interface Target {
    String name();

    /** Flags for every C file of the program and the runtime. */
    List<String> cflags();

    /** The runtime's C sources for this target, as paths inside the runtime's C directory. */
    List<String> runtimeSources();

    /** Flags for the final link, after the object files. */
    List<String> linkFlags();

    static Target named(String name) {
        return switch (name) {
            case "hosted" -> new HostedTarget();
            default -> throw new jos.aot.CompileError("unknown target '" + name + "' (this compiler knows: hosted)");
        };
    }
}
