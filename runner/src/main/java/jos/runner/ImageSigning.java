package jos.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jos.sign.Ed25519;
import jos.sign.OwnerKey;
import jos.sign.SignedFile;
import jos.sign.Trailer;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * jos's own signatures on the host, with Bouncy Castle: {@link #sign} appends the {@link Trailer} that
 * the loader and the kernel check ({@code docs/boot.md}, "Signed images"); {@link #patchOwnerKey} fills
 * the {@link OwnerKey} slot of a loader or kernel ELF; {@link #check} and {@link #ownerKey} read them
 * back, independently of {@code lib/sign}'s freestanding checker (reasons in its words).
 */
public final class ImageSigning {
    private ImageSigning() {
    }

    /** content with a trailer signed by key for bootPath. */
    public static byte[] sign(byte[] content, String bootPath, Ed25519PrivateKeyParameters key) {
        byte[] path = bootPath.getBytes(StandardCharsets.UTF_8);
        if (path.length > Trailer.PATH_BYTES) {
            throw new RunnerException("boot path " + bootPath + " is longer than a signature trailer holds (" + Trailer.PATH_BYTES + " bytes)");
        }
        ByteBuffer b = ByteBuffer.allocate(content.length + Trailer.SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.put(content).putLong(Trailer.MAGIC_VALUE).putInt(Trailer.VERSION_1).putInt(0).putLong(content.length);
        b.put(key.generatePublicKey().getEncoded()).put(Arrays.copyOf(path, Trailer.PATH_BYTES));
        byte[] file = b.array();
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(file, 0, content.length + Trailer.SIGNED);
        System.arraycopy(signer.generateSignature(), 0, file, content.length + Trailer.SIGNATURE, Ed25519.SIGNATURE_BYTES);
        return file;
    }

    /** Empty if file is content signed by key for bootPath, else the reason (SignedFile's text). */
    public static Optional<String> check(byte[] file, String bootPath, byte[] key) {
        if (file.length < Trailer.SIZE) return reason(SignedFile.UNSIGNED);
        ByteBuffer t = ByteBuffer.wrap(file, file.length - Trailer.SIZE, Trailer.SIZE).slice().order(ByteOrder.LITTLE_ENDIAN);
        if (t.getLong(Trailer.MAGIC) != Trailer.MAGIC_VALUE) return reason(SignedFile.UNSIGNED);
        if (t.getInt(Trailer.VERSION) != Trailer.VERSION_1) return reason(SignedFile.BAD_VERSION);
        int content = file.length - Trailer.SIZE;
        if (t.getLong(Trailer.CONTENT_LENGTH) != content) return reason(SignedFile.BAD_LENGTH);
        byte[] signer = Arrays.copyOfRange(file, content + Trailer.KEY, content + Trailer.KEY + Ed25519.KEY_BYTES);
        if (!Arrays.equals(signer, key)) return reason(SignedFile.OTHER_KEY);
        byte[] path = Arrays.copyOf(bootPath.getBytes(StandardCharsets.UTF_8), Trailer.PATH_BYTES);
        if (!Arrays.equals(path, Arrays.copyOfRange(file, content + Trailer.PATH, content + Trailer.PATH + Trailer.PATH_BYTES))) {
            return reason(SignedFile.OTHER_PATH);
        }
        Ed25519Signer verifier = new Ed25519Signer();
        try {
            verifier.init(false, new Ed25519PublicKeyParameters(key));
        } catch (IllegalArgumentException e) {
            return reason(Ed25519.BAD_KEY);
        }
        verifier.update(file, 0, content + Trailer.SIGNED);
        return verifier.verifySignature(Arrays.copyOfRange(file, content + Trailer.SIGNATURE, file.length))
                ? Optional.empty() : reason(Ed25519.MISMATCH);
    }

    private static Optional<String> reason(int code) {
        return Optional.of(SignedFile.message(code));
    }

    /** Where the OwnerKey slot's magic is in an ELF file: exactly once, or the error names the file. */
    static int slot(byte[] elf, String name) {
        byte[] magic = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(OwnerKey.MAGIC_0).putLong(OwnerKey.MAGIC_1).array();
        int found = -1;
        for (int i = 0; i + magic.length <= elf.length; i++) {
            if (elf[i] == magic[0] && Arrays.equals(elf, i, i + magic.length, magic, 0, magic.length)) {
                if (found >= 0) throw new RunnerException(name + ": the owner-key slot's magic occurs more than once");
                found = i;
            }
        }
        if (found < 0) throw new RunnerException(name + ": no owner-key slot (not a jos loader or kernel?)");
        return found;
    }

    /** A copy of elf with its owner-key slot set to ENFORCED with key. */
    public static byte[] patchOwnerKey(byte[] elf, String name, byte[] key) {
        int at = slot(elf, name);
        byte[] patched = elf.clone();
        ByteBuffer b = ByteBuffer.wrap(patched).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(at + 8 * OwnerKey.STATE, OwnerKey.ENFORCED);
        System.arraycopy(key, 0, patched, at + 8 * OwnerKey.KEY, Ed25519.KEY_BYTES);
        return patched;
    }

    /** The key in elf's owner-key slot, or empty if the slot says unsigned. */
    public static Optional<byte[]> ownerKey(byte[] elf, String name) {
        int at = slot(elf, name);
        long state = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN).getLong(at + 8 * OwnerKey.STATE);
        if (state == OwnerKey.UNSIGNED) return Optional.empty();
        if (state != OwnerKey.ENFORCED) throw new RunnerException(name + ": owner-key slot has an unknown state " + state);
        return Optional.of(Arrays.copyOfRange(elf, at + 8 * OwnerKey.KEY, at + 8 * OwnerKey.KEY + Ed25519.KEY_BYTES));
    }

    /** The kernel with the owner's key in its slot, then signed for /boot/kernel.elf, as dir/kernel.elf. */
    static Path signKernel(Path kernel, Path dir, OwnerKeys keys) {
        byte[] patched = patchOwnerKey(read(kernel), kernel.toString(), keys.publicKey());
        return write(dir.resolve("kernel.elf"), sign(patched, ImageSpec.KERNEL_PATH, keys.signingKey()));
    }

    /** The loader with the owner's key in its slot (it checks the kernel with it), as dir/jos-loader.elf. */
    static Path patchLoader(Path loader, Path dir, OwnerKeys keys) {
        return write(dir.resolve("jos-loader.elf"), patchOwnerKey(read(loader), loader.toString(), keys.publicKey()));
    }

    /** spec with every module replaced by its copy signed for its boot path, under dir/modules. */
    static ImageSpec signModules(ImageSpec spec, Path dir, OwnerKeys keys) {
        List<BootModule> signed = new ArrayList<>();
        for (BootModule m : spec.modules()) {
            Path copy = write(dir.resolve("modules").resolve(m.relativeBootPath()), sign(read(m.source()), m.bootPath(), keys.signingKey()));
            signed.add(new BootModule(copy, m.bootPath()));
        }
        return new ImageSpec(spec.cmdline(), signed);
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
