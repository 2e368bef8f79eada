package org.iocconsole.sync.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.iocconsole.sync.config.ConfigException;
import org.iocconsole.sync.config.ConfigProblem;

/** The scenarios that come with the console, for the demo province of Thái Nguyên. */
public final class BuiltInScenarios {
    /** Their ids, in the order a trainer is offered them. */
    public static final List<String> IDS =
            List.of("mot-ngay-binh-thuong", "lu-song-cau", "tai-nan-ql3", "dich-benh", "le-hoi-dong-nguoi");

    private BuiltInScenarios() {}

    /**
     * @throws ConfigException when there is no built-in scenario of that id
     */
    public static Scenario load(String id) throws ConfigException {
        if (!IDS.contains(id)) {
            throw new ConfigException(new ConfigProblem(
                    id, 0, null, "no built-in scenario \"" + id + "\" (built-in: " + String.join(", ", IDS) + ")"));
        }
        String name = id + ".yaml";
        try (InputStream in = BuiltInScenarios.class.getResourceAsStream("builtin/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the built-in scenario " + name + " is missing from the build");
            }
            return ScenarioLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in scenario " + name, e);
        }
    }
}
