package jos.runner;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scripts/os keys generate}: the owner's keys ({@link OwnerKeys}). */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manages the owner's signing keys.",
        subcommands = {KeysCommand.Generate.class})
public final class KeysCommand implements Runnable {

    @Override
    public void run() {
        throw new RunnerException("missing command: keys generate");
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Makes an Ed25519 key pair for jos's signatures and an RSA-2048 key with a self-signed X.509"
                    + " certificate for Secure Boot, as PEM files. Existing keys are kept unless --force."})
    static final class Generate implements Callable<Integer> {
        @Option(names = "--out", paramLabel = "DIR", description = "where the keys go (default: keys)")
        Path out = Path.of("keys");

        @Option(names = "--force", description = "overwrite existing keys")
        boolean force;

        @Option(names = "--passphrase-file", paramLabel = "FILE", description = "encrypt the private keys with the passphrase in FILE")
        Path passphraseFile;

        @Override
        public Integer call() {
            OwnerKeys keys = OwnerKeys.generate(out, force, OwnerKeys.passphrase(passphraseFile));
            System.err.println("os: keys in " + out.toAbsolutePath().normalize() + " (Ed25519 public key " + keys.publicKeyHex() + ")");
            return 0;
        }
    }
}
