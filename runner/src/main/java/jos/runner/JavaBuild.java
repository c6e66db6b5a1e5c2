package jos.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compiles the Java modules the kernel and loader are made from ({@link Project#BOOT_MODULES}) with Maven
 * when their classes are missing or older than their sources (for the microkernel, the test kernel's
 * source set too): {@code mvn -B -q -o install -pl ... -am
 * -DskipTests}, and online if the offline build fails (e.g. a plugin not yet downloaded).
 */
public final class JavaBuild {

    private final Project project;
    private final Tools tools;
    private final ToolRunner runner;

    public JavaBuild(Project project, Tools tools, ToolRunner runner) {
        this.project = project;
        this.tools = tools;
        this.runner = runner;
    }

    /** The modules whose classes are missing or older than a source file. */
    public List<String> staleModules() {
        List<String> stale = new ArrayList<>();
        for (String module : Project.BOOT_MODULES) {
            Path classes = project.classes(module);
            Optional<FileTime> built = FileTimes.newest(classes);
            Path main = project.root().resolve(module).resolve("src/main");
            boolean newer = built.isEmpty() || FileTimes.firstNewerThan(main.resolve("java"), built.get()).isPresent()
                    || FileTimes.firstNewerThan(main.resolve("resources"), built.get()).isPresent();
            if (!Files.isDirectory(classes) || newer || module.equals("microkernel") && testKernelStale()) {
                stale.add(module);
            }
        }
        return stale;
    }

    /** Whether the test kernel's source set has classes missing or older than a source file. */
    private boolean testKernelStale() {
        if (!Files.isDirectory(project.testKernelSources())) {
            return false;
        }
        Optional<FileTime> built = FileTimes.newest(project.testKernelClasses());
        return built.isEmpty() || FileTimes.firstNewerThan(project.testKernelSources(), built.get()).isPresent();
    }

    public void buildIfStale() {
        List<String> stale = staleModules();
        if (stale.isEmpty()) {
            return;
        }
        tools.require(Tool.MAVEN);
        List<String> offline = command(true);
        try {
            runner.run("compiling " + String.join(", ", stale) + " (" + String.join(" ", offline) + ")", offline,
                    project.root(), true);
        } catch (RunnerException offlineFailure) {
            List<String> online = command(false);
            runner.run("retrying online (" + String.join(" ", online) + ")", online, project.root(), true);
        }
    }

    static List<String> command(boolean offline) {
        List<String> cmd = new ArrayList<>(List.of("mvn", "-B", "-q"));
        if (offline) {
            cmd.add("-o");
        }
        cmd.addAll(List.of("install", "-pl", String.join(",", Project.BOOT_MODULES), "-am", "-DskipTests"));
        return cmd;
    }
}
