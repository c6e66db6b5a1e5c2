package jos.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check over the whole repository, and proof that it finds a JDK method pasted into one of our
 * files. Runs on the JDK that runs the tests (a JDK 25, which ships lib/src.zip).
 */
class ProvenanceTest {
    private static final Path REPO = Path.of(System.getProperty("provenance.root", "../..")).toAbsolutePath().normalize();
    private static final Path JDK_SOURCES = Provenance.jdkSources(Path.of(System.getProperty("java.home")));

    @Test
    void everySourceOfOursPasses() {
        List<Path> roots = Provenance.sourceRoots(REPO);
        assertTrue(roots.stream().anyMatch(r -> r.toString().contains("toolchain/runtime")),
                "no runtime sources found under " + REPO + ": " + roots);
        List<Path> files = Provenance.javaFiles(roots);
        assertTrue(files.size() > 300, "only " + files.size() + " sources found under " + REPO);
        List<SharedRuns.FileResult> results = Provenance.check(files, REPO, JDK_SOURCES, 1);
        String failures = results.stream()
                .filter(r -> Provenance.fails(r, Provenance.DEFAULT_THRESHOLD))
                .map(r -> r.file() + ": " + r.longest() + "; " + r.sharedBodies() + " of " + r.bodies()
                        + " bodies shared")
                .collect(Collectors.joining("\n"));
        assertEquals("", failures, "sources that share code with the JDK (scripts/provenance shows where)");
    }

    @Test
    void aPastedJdkMethodIsFound(@TempDir Path tmp) throws IOException {
        Path ours = REPO.resolve("toolchain/runtime/src/main/java/jos/rt/fmt/FormatEngine.java");
        String original = Files.readString(ours);
        String jdkMethod = method(jdkSource("java.base/java/util/ArrayList.java"), "boolean removeIf(Predicate<? super E> filter, int i, final int end)");
        int lastBrace = original.lastIndexOf('}');
        Path pasted = tmp.resolve("FormatEngine.java");
        Files.writeString(pasted, original.substring(0, lastBrace) + "\n" + jdkMethod + "\n}\n");
        Path clean = tmp.resolve("Clean.java");
        Files.writeString(clean, original);

        List<SharedRuns.FileResult> results = Provenance.check(List.of(pasted, clean), tmp, JDK_SOURCES, 3);
        SharedRuns.FileResult bad = results.get(0);
        assertTrue(Provenance.fails(bad, Provenance.DEFAULT_THRESHOLD), "pasted method not found: " + bad);
        assertEquals("jdk:java.base/java/util/ArrayList.java", bad.longest().theirs());
        assertTrue(bad.longest().tokens() > 100, bad.longest().toString());
        assertFalse(Provenance.fails(results.get(1), Provenance.DEFAULT_THRESHOLD), results.get(1).toString());
    }

    @Test
    void aCopyWithARenamedLocalIsStillFound(@TempDir Path tmp) throws IOException {
        // Renaming a local at every use cuts the identical runs short, but most of each body's windows
        // are still shared, which the body count sees.
        String arrayList = jdkSource("java.base/java/util/ArrayList.java");
        StringBuilder copy = new StringBuilder("class Copy<E> {\n");
        for (String sig : List.of("boolean removeIf(Predicate<? super E> filter, int i, final int end)",
                "private void fastRemove(Object[] es, int i)", "public boolean remove(Object o)",
                "public int lastIndexOf(Object o)",
                "boolean equalsRange(List<?> other, int from, int to)")) {
            copy.append(method(arrayList, sig).replaceAll("\\bexpectedModCount\\b", "expected")
                    .replaceAll("\\bdeathRow\\b", "doomed").replaceAll("\\bo\\b", "target").replaceAll("\\boit\\b", "theirs")).append('\n');
        }
        copy.append("}\n");
        Path file = tmp.resolve("Copy.java");
        Files.writeString(file, copy);
        SharedRuns.FileResult r = Provenance.check(List.of(file), tmp, JDK_SOURCES, 3).get(0);
        assertTrue(r.longestTokens() <= Provenance.DEFAULT_THRESHOLD, "runs should be cut: " + r);
        assertTrue(Provenance.fails(r, Provenance.DEFAULT_THRESHOLD), r.toString());
    }

    private static String jdkSource(String entry) throws IOException {
        try (ZipFile zip = new ZipFile(JDK_SOURCES.toFile()); InputStream in = zip.getInputStream(zip.getEntry(entry))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The method whose declaration contains {@code signature}, up to its matching closing brace. */
    private static String method(String source, String signature) {
        int start = source.indexOf(signature);
        assertTrue(start >= 0, "JDK source has no " + signature);
        int open = source.indexOf('{', start);
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '{') depth++;
            if (c == '}' && --depth == 0) return source.substring(start, i + 1);
        }
        throw new AssertionError("unbalanced braces after " + signature);
    }
}
