package jos.aot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where class files come from. The runtime library answers for java.* and jos.rt.* and nothing else
 * may: a JDK class the runtime lacks is an error, never a silent fallback to the host JDK.
 */
public final class ClassPath implements AutoCloseable {
    private final List<Object> runtime = new ArrayList<>();   // Path (directory) or ZipFile
    private final List<Object> user = new ArrayList<>();

    public ClassPath(List<Path> runtimeEntries, List<Path> userEntries) {
        for (Path p : runtimeEntries) runtime.add(open(p));
        for (Path p : userEntries) user.add(open(p));
    }

    private static Object open(Path p) {
        if (Files.isDirectory(p)) return p;
        if (!Files.isRegularFile(p)) throw new CompileError("classpath entry does not exist: " + p);
        try {
            return new ZipFile(p.toFile());
        } catch (IOException e) {
            throw new CompileError("cannot open classpath entry " + p + ": " + e.getMessage());
        }
    }

    public static boolean isRuntimeOwned(String internalName) {
        return internalName.startsWith("java/") || internalName.startsWith("javax/")
                || internalName.startsWith("jdk/") || internalName.startsWith("sun/")
                || internalName.startsWith("jos/rt/");
    }

    /** The class file bytes, or null when no entry has the class. */
    public byte[] find(String internalName) {
        String file = internalName + ".class";
        byte[] b = findIn(runtime, file);
        if (b != null || isRuntimeOwned(internalName)) return b;
        return findIn(user, file);
    }

    /** Internal names of every class in the user entries (not the runtime), for finding exported methods. */
    public List<String> userClasses() {
        List<String> out = new ArrayList<>();
        try {
            for (Object e : user) {
                if (e instanceof Path dir) {
                    try (var files = Files.walk(dir)) {
                        for (Path f : files.filter(x -> x.toString().endsWith(".class")).sorted().toList()) {
                            String rel = dir.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                            out.add(rel.substring(0, rel.length() - ".class".length()));
                        }
                    }
                } else {
                    for (var en = ((ZipFile) e).entries(); en.hasMoreElements(); ) {
                        String n = en.nextElement().getName();
                        if (n.endsWith(".class") && !n.startsWith("META-INF/")) out.add(n.substring(0, n.length() - 6));
                    }
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        out.removeIf(n -> n.endsWith("module-info") || n.endsWith("package-info"));
        return out;
    }

    /** The text of a resource of the runtime (e.g. its C sources), or null. */
    public byte[] runtimeResource(String path) {
        return findIn(runtime, path);
    }

    private static byte[] findIn(List<Object> entries, String file) {
        try {
            for (Object e : entries) {
                if (e instanceof Path dir) {
                    Path f = dir.resolve(file);
                    if (Files.isRegularFile(f)) return Files.readAllBytes(f);
                } else {
                    ZipFile z = (ZipFile) e;
                    ZipEntry ze = z.getEntry(file);
                    if (ze != null) {
                        try (var in = z.getInputStream(ze)) {
                            return in.readAllBytes();
                        }
                    }
                }
            }
            return null;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        for (List<Object> l : List.of(runtime, user)) {
            for (Object e : l) {
                if (e instanceof ZipFile z) {
                    try {
                        z.close();
                    } catch (IOException ignored) {
                        // closing a read-only zip cannot lose data
                    }
                }
            }
        }
    }
}
