package jos.runner;

import java.util.List;
import java.util.stream.Collectors;

/** Some tools an operation needs are missing; the message names each with its Debian packages. */
public class MissingToolsException extends RunnerException {

    private final List<Tool> missing;

    public MissingToolsException(List<Tool> missing) {
        super(message(missing));
        this.missing = List.copyOf(missing);
    }

    public List<Tool> missing() {
        return missing;
    }

    private static String message(List<Tool> missing) {
        String lines = missing.stream().map(t -> "  " + t.describeMissing()).collect(Collectors.joining("\n"));
        boolean packaged = missing.stream().anyMatch(t -> !t.packages().isEmpty());
        return "missing tools:\n" + lines
                + (packaged ? "\nscripts/install-deps installs every Debian package the project needs (as root)." : "");
    }
}
