package org.iocconsole.sync.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a configuration file's text, turning each way it can fail into a message that names the file. */
public final class ConfigText {

    private ConfigText() {}

    /**
     * The file's text as UTF-8.
     *
     * @param name how messages name the file
     */
    public static String read(Path file, String name) throws ConfigException {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(new ConfigProblem(name, 0, null, "the file does not exist"));
        } catch (CharacterCodingException e) {
            throw new ConfigException(new ConfigProblem(name, 0, null, "the file is not UTF-8 text"));
        } catch (IOException e) {
            throw new ConfigException(new ConfigProblem(
                    name, 0, null, "the file cannot be read (" + e.getClass().getSimpleName() + ")"));
        }
    }
}
