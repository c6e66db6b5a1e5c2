package jos.provenance;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scripts/provenance}: exit 0 when no file shares a run longer than the threshold with the JDK. */
@Command(name = "provenance", mixinStandardHelpOptions = true,
        description = "Compares our Java sources with the JDK's own sources (lib/src.zip) token by token and "
                + "fails on any file that shares a longer run of code tokens than independently written code does.")
public final class Main implements Callable<Integer> {
    @Parameters(description = "Files or directories to check (default: every src/main/java of the repository).")
    List<Path> paths = List.of();

    @Option(names = "--repo", description = "Repository root (default: the current directory).")
    Path repo = Path.of(".");

    @Option(names = "--jdk-src", description = "The JDK source archive (default: lib/src.zip of the running JDK).")
    Path jdkSrc;

    @Option(names = "--threshold", description = "Longest run of code tokens allowed (default: ${DEFAULT-VALUE}).")
    int threshold = Provenance.DEFAULT_THRESHOLD;

    @Option(names = "--all", description = "Print every file's longest run, not only the failing ones.")
    boolean all;

    @Option(names = "--top", description = "JDK files listed per reported file (default: ${DEFAULT-VALUE}).")
    int top = 3;

    @Override
    public Integer call() {
        Path base = repo.toAbsolutePath().normalize();
        List<Path> roots = paths.isEmpty() ? Provenance.sourceRoots(base) : paths;
        List<Path> files = Provenance.javaFiles(roots);
        Path zip = jdkSrc != null ? jdkSrc : Provenance.jdkSources(Path.of(System.getProperty("java.home")));
        List<SharedRuns.FileResult> results = Provenance.check(files, base, zip, top);
        int failed = 0;
        List<SharedRuns.FileResult> shown = results.stream()
                .sorted(Comparator.comparingInt(SharedRuns.FileResult::longestTokens).reversed())
                .toList();
        for (SharedRuns.FileResult r : shown) {
            boolean fails = Provenance.fails(r, threshold);
            if (fails) failed++;
            if (!fails && !all) continue;
            System.out.printf("%s %s (%d code tokens): longest shared run %d tokens; %d of %d bodies shared%n",
                    fails ? "FAIL" : "ok  ", r.file(), r.tokens(), r.longestTokens(), r.sharedBodies(), r.bodies());
            for (SharedRuns.Run run : r.resembles()) {
                System.out.printf("      %d tokens: lines %d-%d = %s:%d-%d%n", run.tokens(), run.ourFirstLine(),
                        run.ourLastLine(), run.theirs(), run.theirFirstLine(), run.theirLastLine());
            }
        }
        System.out.printf("provenance: %d files checked against %s, threshold %d tokens: %d over it%n",
                results.size(), zip, threshold, failed);
        return failed == 0 ? 0 : 1;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
