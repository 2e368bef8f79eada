package org.iocconsole.console.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.iocconsole.sync.config.ConfigException;
import org.iocconsole.sync.config.ConfigProblem;
import org.iocconsole.sync.scenario.BuiltInScenarios;
import org.iocconsole.sync.scenario.Scenario;
import org.iocconsole.sync.scenario.ScenarioLoader;

/** What {@code --scenario} (or {@code scenario:} in console.yaml) names: a built-in scenario's id, or a file. */
final class ScenarioArgument {
    private ScenarioArgument() {}

    /**
     * Reads and checks the scenario. Blocking; off the FX thread.
     *
     * @throws ConfigException naming the file, the line and the field of each problem, or saying that there is no
     *     such built-in scenario or file
     */
    static Scenario load(String nameOrFile) throws ConfigException {
        if (BuiltInScenarios.IDS.contains(nameOrFile)) {
            return BuiltInScenarios.load(nameOrFile);
        }
        boolean looksLikeFile = nameOrFile.endsWith(".yaml") || nameOrFile.endsWith(".yml") || nameOrFile.contains("/");
        if (!looksLikeFile) {
            throw new ConfigException(new ConfigProblem(
                    "--scenario",
                    0,
                    null,
                    "no built-in scenario \"" + nameOrFile + "\" (built-in: " + String.join(", ", BuiltInScenarios.IDS)
                            + "; or name a .yaml file)"));
        }
        try {
            return ScenarioLoader.load(Path.of(nameOrFile));
        } catch (InvalidPathException e) {
            throw new ConfigException(
                    new ConfigProblem("--scenario", 0, null, "\"" + nameOrFile + "\" is not a valid path"));
        }
    }
}
