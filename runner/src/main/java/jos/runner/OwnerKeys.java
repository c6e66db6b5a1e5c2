package jos.runner;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * The owner's keys in a directory, as PEM files: the Ed25519 key pair that signs jos's own files
 * ({@link #SIGNING_KEY}, PKCS#8; {@link #SIGNING_PUBLIC}, SubjectPublicKeyInfo) and, for Secure Boot, an
 * RSA-2048 key ({@link #SECURE_BOOT_KEY}) with its self-signed X.509 code-signing certificate
 * ({@link #SECURE_BOOT_CERT}). Private keys are PKCS#8, encrypted (AES-256-CBC, PBKDF2) when a passphrase
 * is given. All with Bouncy Castle.
 */
public final class OwnerKeys {

    public static final String SIGNING_KEY = "jos-signing.key", SIGNING_PUBLIC = "jos-signing.pub",
            SECURE_BOOT_KEY = "secure-boot.key", SECURE_BOOT_CERT = "secure-boot.crt";
    static final List<String> FILES = List.of(SIGNING_KEY, SIGNING_PUBLIC, SECURE_BOOT_KEY, SECURE_BOOT_CERT);
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private final Ed25519PrivateKeyParameters signing;

    private OwnerKeys(Ed25519PrivateKeyParameters signing) {
        this.signing = signing;
    }

    public Ed25519PrivateKeyParameters signingKey() {
        return signing;
    }

    /** The 32-byte Ed25519 public key. */
    public byte[] publicKey() {
        return signing.generatePublicKey().getEncoded();
    }

    public String publicKeyHex() {
        return HexFormat.of().formatHex(publicKey());
    }

    /**
     * Makes the four files in dir (created if missing). Refuses, naming them, if any exists and force is
     * false. passphrase: encrypts both private keys when present.
     */
    public static OwnerKeys generate(Path dir, boolean force, Optional<char[]> passphrase) {
        List<String> existing = new ArrayList<>();
        for (String f : FILES) if (Files.exists(dir.resolve(f))) existing.add(dir.resolve(f).toString());
        if (!existing.isEmpty() && !force) {
            throw new RunnerException("keys exist, not overwritten (use --force): " + String.join(", ", existing));
        }
        SecureRandom random = new SecureRandom();
        Ed25519KeyPairGenerator generator = new Ed25519KeyPairGenerator();
        generator.init(new Ed25519KeyGenerationParameters(random));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        try {
            Files.createDirectories(dir);
            writePrivate(dir.resolve(SIGNING_KEY), PrivateKeyInfoFactory.createPrivateKeyInfo(pair.getPrivate()), passphrase);
            write(dir.resolve(SIGNING_PUBLIC), pem("PUBLIC KEY",
                    SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(pair.getPublic()).getEncoded()));
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA", BC);
            rsa.initialize(2048, random);
            KeyPair sb = rsa.generateKeyPair();
            writePrivate(dir.resolve(SECURE_BOOT_KEY), PrivateKeyInfo.getInstance(sb.getPrivate().getEncoded()), passphrase);
            write(dir.resolve(SECURE_BOOT_CERT), pem("CERTIFICATE", certificate(sb, random).getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write keys to " + dir, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new RunnerException("cannot generate keys: " + e.getMessage());
        }
        return new OwnerKeys((Ed25519PrivateKeyParameters) pair.getPrivate());
    }

    /** The self-signed code-signing certificate of the Secure Boot key, valid for ten years from now. */
    static X509Certificate certificate(KeyPair pair, SecureRandom random) throws GeneralSecurityException, OperatorCreationException, IOException {
        X500Name name = new X500Name("CN=jos owner Secure Boot key");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, new BigInteger(63, random).add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_codeSigning));
        X509CertificateHolder holder = b.build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(pair.getPrivate()));
        return new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder);
    }

    /** The signing key of dir (decrypted with passphrase if it is encrypted). */
    public static OwnerKeys load(Path dir, Optional<char[]> passphrase) {
        Path file = dir.resolve(SIGNING_KEY);
        AsymmetricKeyParameter key = PrivateKeyFactoryHelper.privateKey(file, passphrase);
        if (!(key instanceof Ed25519PrivateKeyParameters ed)) {
            throw new RunnerException(file + ": not an Ed25519 private key");
        }
        Path pub = dir.resolve(SIGNING_PUBLIC);
        if (Files.exists(pub)) {
            Ed25519PublicKeyParameters declared = publicKey(pub);
            if (!java.util.Arrays.equals(declared.getEncoded(), ed.generatePublicKey().getEncoded())) {
                throw new RunnerException(pub + ": is not the public key of " + file);
            }
        }
        return new OwnerKeys(ed);
    }

    /** The Ed25519 public key in a PEM file. */
    public static Ed25519PublicKeyParameters publicKey(Path file) {
        Object o = readPem(file);
        try {
            if (o instanceof SubjectPublicKeyInfo info && PublicKeyFactory.createKey(info) instanceof Ed25519PublicKeyParameters p) return p;
        } catch (IOException e) {
            throw new RunnerException(file + ": not a public key: " + e.getMessage());
        }
        throw new RunnerException(file + ": not an Ed25519 public key");
    }

    /** The certificate in a PEM file. */
    public static X509Certificate certificate(Path file) {
        Object o = readPem(file);
        try {
            if (o instanceof X509CertificateHolder h) return new JcaX509CertificateConverter().setProvider(BC).getCertificate(h);
        } catch (GeneralSecurityException e) {
            throw new RunnerException(file + ": bad certificate: " + e.getMessage());
        }
        throw new RunnerException(file + ": not a certificate");
    }

    /** Reads the passphrase file's first line (without its line end). */
    public static Optional<char[]> passphrase(Path file) {
        if (file == null) return Optional.empty();
        try {
            String text = Files.readString(file);
            int end = text.indexOf('\n');
            String line = (end < 0 ? text : text.substring(0, end)).replace("\r", "");
            if (line.isEmpty()) throw new RunnerException("passphrase file " + file + " is empty");
            return Optional.of(line.toCharArray());
        } catch (IOException e) {
            throw new RunnerException("cannot read the passphrase file " + file + ": " + e.getMessage());
        }
    }

    static Object readPem(Path file) {
        try (PEMParser parser = new PEMParser(new StringReader(Files.readString(file)))) {
            Object o = parser.readObject();
            if (o == null) throw new RunnerException(file + ": no PEM object");
            return o;
        } catch (IOException e) {
            throw new RunnerException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static void writePrivate(Path file, PrivateKeyInfo info, Optional<char[]> passphrase) throws IOException, OperatorCreationException {
        PemObject object = passphrase.isEmpty() ? pem("PRIVATE KEY", info.getEncoded())
                : new PKCS8Generator(info, new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC).setProvider(BC)
                        .setRandom(new SecureRandom()).setPassword(passphrase.get()).build()).generate();
        write(file, object);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the file stays as created
        }
    }

    private static PemObject pem(String type, byte[] der) {
        return new PemObject(type, der);
    }

    private static void write(Path file, PemObject object) throws IOException {
        StringWriter text = new StringWriter();
        try (PemWriter w = new PemWriter(text)) {
            w.writeObject(object);
        }
        Files.writeString(file, text.toString());
    }

    /** Private keys from PEM, encrypted or not. */
    static final class PrivateKeyFactoryHelper {
        private PrivateKeyFactoryHelper() {
        }

        static AsymmetricKeyParameter privateKey(Path file, Optional<char[]> passphrase) {
            if (!Files.isRegularFile(file)) throw new RunnerException("no signing key " + file + " (make one with scripts/os keys generate)");
            Object o = readPem(file);
            try {
                if (o instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                    if (passphrase.isEmpty()) throw new RunnerException(file + " is encrypted: give --passphrase-file");
                    o = encrypted.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC).build(passphrase.get()));
                }
                if (o instanceof PrivateKeyInfo info) return PrivateKeyFactory.createKey(info);
            } catch (PKCSException e) {
                throw new RunnerException(file + ": cannot decrypt (wrong passphrase?)");
            } catch (IOException | OperatorCreationException e) {
                throw new RunnerException(file + ": not a private key: " + e.getMessage());
            }
            throw new RunnerException(file + ": not a private key");
        }
    }
}
