package jos.runner;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds external tools: commands on a search path (normally {@code PATH}), files under a root directory
 * (normally {@code /}). {@link #require} reports every missing tool of an operation at once.
 */
public final class Tools {

    private final List<Path> searchPath;
    private final Path fileRoot;

    public Tools(List<Path> searchPath, Path fileRoot) {
        this.searchPath = List.copyOf(searchPath);
        this.fileRoot = fileRoot;
    }

    public static Tools fromEnvironment() {
        List<Path> dirs = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    dirs.add(Path.of(dir));
                }
            }
        }
        return new Tools(dirs, Path.of("/"));
    }

    /** The executable of a command, searched like a shell does. */
    public Optional<Path> findCommand(String name) {
        for (Path dir : searchPath) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public boolean isPresent(Tool tool) {
        if (tool == Tool.OVMF) {
            throw new IllegalArgumentException("OVMF is found by Ovmf.find");
        }
        if (tool.isFile()) {
            return Files.exists(fileRoot.resolve(tool.probe().substring(1)));
        }
        return findCommand(tool.probe()).isPresent();
    }

    /** Those of {@code tools} that are absent, in order. */
    public List<Tool> missing(Tool... tools) {
        List<Tool> missing = new ArrayList<>();
        for (Tool tool : tools) {
            if (!isPresent(tool)) {
                missing.add(tool);
            }
        }
        return missing;
    }

    /** Throws a {@link MissingToolsException} naming all of {@code tools} that are absent. */
    public void require(Tool... tools) {
        List<Tool> missing = missing(tools);
        if (!missing.isEmpty()) {
            throw new MissingToolsException(missing);
        }
    }

    /** The path of a required command. */
    public Path command(Tool tool) {
        return findCommand(tool.probe()).orElseThrow(() -> new MissingToolsException(List.of(tool)));
    }
}
