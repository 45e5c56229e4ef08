package org.microcred.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.microcred.core.json.Json;
import org.microcred.core.keys.DidJwk;
import org.microcred.core.keys.DidKey;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.MicrocredKeyPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code microcred keys generate}: key pairs for issuers. */
@Command(name = "keys", description = "Generate issuer keys.", mixinStandardHelpOptions = true,
        subcommands = KeysCommand.Generate.class)
final class KeysCommand {

    /** {@code microcred keys generate --type ed25519|p256|rsa [--out FILE]}. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Generate a key pair. Writes the private JWK to --out (mode 600) or prints it,",
                "and prints the public JWK with its did:key (Ed25519, P-256) and did:jwk."})
    static final class Generate implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--type", required = true, description = "ed25519, p256 or rsa (2048 bits)")
        String type;

        @Option(names = "--out", description = "file for the private JWK; printed to stdout when absent")
        Path out;

        @Override
        public Integer call() throws IOException {
            KeyType keyType = parseType(type);
            MicrocredKeyPair pair = MicrocredKeyPair.generate(keyType);
            Json json = Json.standard();
            var stdout = spec.commandLine().getOut();
            String privateJwk = json.writePretty(pair.toPrivateJwk());
            if (out != null) {
                writePrivate(out, privateJwk + "\n");
                stdout.println("Private JWK written to " + out + " (keep it secret).");
            } else {
                stdout.println("Private JWK (keep it secret):");
                stdout.println(privateJwk);
            }
            ObjectNode summary = json.mapper().createObjectNode();
            summary.set("publicJwk", pair.publicKey().toJwk());
            if (keyType != KeyType.RSA) {
                DidKey didKey = DidKey.of(pair.publicKey());
                summary.put("didKey", didKey.did());
                summary.put("didKeyVerificationMethod", didKey.verificationMethodId());
            }
            DidJwk didJwk = DidJwk.of(pair.publicKey());
            summary.put("didJwk", didJwk.did());
            summary.put("didJwkVerificationMethod", didJwk.verificationMethodId());
            stdout.println(json.writePretty(summary));
            return Main.OK;
        }

        private KeyType parseType(String type) {
            switch (type.toLowerCase(Locale.ROOT)) {
                case "ed25519":
                    return KeyType.ED25519;
                case "p256":
                case "p-256":
                    return KeyType.P256;
                case "rsa":
                    return KeyType.RSA;
                default:
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "--type must be ed25519, p256 or rsa, not '" + type + "'");
            }
        }

        private static void writePrivate(Path file, String text) throws IOException {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: nothing more we can do.
            }
        }
    }
}
