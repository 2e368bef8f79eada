package org.iocconsole.sync.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Reads an {@code auth} block: {@code token-env} or {@code token-file}, not both. Stateless. */
final class AuthReader {

    private static final String ENV_NAME = "[A-Za-z_][A-Za-z0-9_]*";

    private AuthReader() {}

    /**
     * The token reference of the parent's {@code auth} block, or null when there is none or it has a problem (the
     * problem is then recorded).
     *
     * @param baseDir the directory of the sources file; relative token files resolve against it
     */
    static TokenRef read(YamlMapping parent, Path baseDir) {
        Optional<YamlMapping> auth = parent.child("auth");
        if (auth.isEmpty()) {
            return null;
        }
        YamlMapping map = auth.get();
        Optional<Node> envNode = map.value("token-env");
        Optional<Node> fileNode = map.value("token-file");
        Optional<String> env = map.text("token-env", envNode);
        Optional<String> file = map.text("token-file", fileNode);
        map.rejectUnknown();
        if (env.isPresent() && file.isPresent()) {
            map.problems().add(fileNode.get(), map.field("token-file"), "give token-env or token-file, not both");
            return null;
        }
        if (env.isPresent()) {
            if (!env.get().matches(ENV_NAME)) {
                map.problems()
                        .add(
                                envNode.get(),
                                map.field("token-env"),
                                ConfigValues.quote(env.get()) + " is not an environment variable name");
                return null;
            }
            return new TokenRef.FromEnv(env.get());
        }
        if (file.isPresent()) {
            try {
                return new TokenRef.FromFile(baseDir.resolve(Path.of(file.get().strip())));
            } catch (InvalidPathException e) {
                map.problems()
                        .add(
                                fileNode.get(),
                                map.field("token-file"),
                                ConfigValues.quote(file.get()) + " is not a path");
                return null;
            }
        }
        if (!map.has("token-env") && !map.has("token-file")) {
            map.problems().add(map.owner(), parent.field("auth"), "needs token-env or token-file");
        }
        return null;
    }
}
