package jos.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads our sources and the JDK's, and finds the runs they share. */
public final class Provenance {
    /**
     * Longest run of code tokens an independently written file may share with the JDK: the longest run
     * in the runtime files we wrote ourselves (jos.rt.fmt.FormatSpec.toString, which must rebuild the
     * JDK's text of a format specifier). See docs/provenance.md for the calibration.
     */
    public static final int DEFAULT_THRESHOLD = 56;

    /**
     * Share of a file's bodies (of {@link SharedRuns#MIN_BODY} tokens or more) that may be mostly shared
     * windows, when at least {@link #MIN_SHARED_BODIES} are: catches a file copied method by method,
     * where each method alone is short.
     */
    public static final double MAX_SHARED_BODY_FRACTION = 0.25;
    public static final int MIN_SHARED_BODIES = 3;

    private Provenance() {}

    /** The verdict for one file. */
    public static boolean fails(SharedRuns.FileResult r, int threshold) {
        if (r.longestTokens() > threshold) return true;
        return r.sharedBodies() >= MIN_SHARED_BODIES && r.sharedBodies() > MAX_SHARED_BODY_FRACTION * r.bodies();
    }

    /** Every {@code .java} file under the given files or directories, skipping build output. */
    public static List<Path> javaFiles(List<Path> roots) {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                out.add(root);
                continue;
            }
            if (!Files.isDirectory(root)) throw new IllegalArgumentException("no such file or directory: " + root);
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
                        .filter(p -> !p.toString().contains("/target/"))
                        .sorted()
                        .forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root, e);
            }
        }
        return out;
    }

    /** Our main source roots: every module's {@code src/main/java} under the repository root. */
    public static List<Path> sourceRoots(Path repo) {
        try (Stream<Path> walk = Files.walk(repo, 5)) {
            return walk.filter(p -> p.endsWith(Path.of("src", "main", "java")) && Files.isDirectory(p))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + repo, e);
        }
    }

    /** The JDK's source archive of the JDK this runs on, or of {@code javaHome}. */
    public static Path jdkSources(Path javaHome) {
        Path zip = javaHome.resolve("lib").resolve("src.zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("no JDK sources at " + zip
                    + " (a full JDK 25 ships lib/src.zip; pass --jdk-src to name another)");
        }
        return zip;
    }

    /** Compares {@code files} (named relative to {@code base} in results) with every source in {@code jdkZip}. */
    public static List<SharedRuns.FileResult> check(List<Path> files, Path base, Path jdkZip, int top) {
        TokenTable table = new TokenTable();
        Map<String, CodeTokens> ours = new LinkedHashMap<>();
        for (Path f : files) {
            Path abs = f.toAbsolutePath().normalize();
            String name = abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
            ours.put(name, CodeTokens.of(read(f), table));
        }
        SharedRuns runs = new SharedRuns(ours);
        try (ZipFile zip = new ZipFile(jdkZip.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                if (e.isDirectory() || !e.getName().endsWith(".java")) continue;
                try (InputStream in = zip.getInputStream(e)) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    runs.scan("jdk:" + e.getName(), CodeTokens.of(text, table));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jdkZip, e);
        }
        return runs.results(top);
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }
}
