package jos.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.stream.Stream;

/** Modification times of files and trees, for deciding what is stale. */
public final class FileTimes {

    private FileTimes() {
    }

    /** The newest modification time of the regular files under {@code path} (or of {@code path} itself). */
    public static Optional<FileTime> newest(Path path) {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).map(FileTimes::modified).max(FileTime::compareTo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first regular file under {@code path} modified after {@code time}, if any. */
    public static Optional<Path> firstNewerThan(Path path, FileTime time) {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).filter(f -> modified(f).compareTo(time) > 0).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
