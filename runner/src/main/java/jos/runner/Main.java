package jos.runner;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code scripts/os}: {@code build} makes the bootable image, {@code run} boots it in QEMU. */
@Command(name = "os", mixinStandardHelpOptions = true, version = "jos runner 0.1",
        description = "Builds the jos image and boots it in QEMU.",
        subcommands = {BuildCommand.class, RunCommand.class,
                ConsoleCommand.class,
                FlashCommand.class,
                KeysCommand.class,
                VerifyCommand.class,
        })
public final class Main implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: build or run");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with the runner's error reporting: a {@link RunnerException} is one line, exit 1. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof RunnerException || e instanceof UncheckedIOException) {
                commandLine.getErr().println("os: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cl;
    }
}
