package org.iocconsole.console.workspace.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.console.workspace.Screen;
import org.iocconsole.sync.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceFilesTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:02:03Z"), ZoneOffset.UTC);
    private final WorkspaceLayout fallback = DefaultLayouts.forRole(Role.OPERATOR);

    @Test
    void eachRoleOnEachMachineHasItsOwnFileInTheSettingsFolder() {
        WorkspaceFiles here = new WorkspaceFiles(dir, clock);

        assertThat(here.fileFor("OPERATOR", "Wall PC/1"))
                .isEqualTo(dir.resolve("layouts").resolve("operator@wall-pc-1.json"));
        assertThat(here.fileFor("LEADER", "Wall PC/1")).isNotEqualTo(here.fileFor("OPERATOR", "Wall PC/1"));
        assertThat(here.fileFor("LEADER", "laptop")).isNotEqualTo(here.fileFor("LEADER", "Wall PC/1"));
    }

    @Test
    void aCorruptedFileIsKeptAsideAndTheDefaultShown() throws IOException {
        WorkspaceFiles here = new WorkspaceFiles(dir, clock);
        Path file = here.fileFor("operator", "wall-1");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"screens\": [ {\"views\": [\"map\"] ,, ]");

        WorkspaceFiles.Opened opened = here.open(file, fallback);

        assertThat(opened.layout()).isEqualTo(fallback);
        assertThat(opened.problems()).singleElement().asString().contains("line 1", "default layout");
        assertThat(opened.keptAside()).hasFileName("operator@wall-1.json.bad-20261122-010203");
        assertThat(opened.keptAside()).hasContent("{\"screens\": [ {\"views\": [\"map\"] ,, ]");
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileNamingAViewThatDoesNotExistKeepsTheRestAndTheOriginal() throws IOException {
        WorkspaceFiles here = new WorkspaceFiles(dir, clock);
        Path file = here.fileFor("operator", "wall-1");
        Files.createDirectories(file.getParent());
        String original = "{\"screens\": [{\"views\": [\"weather\"]}, {\"views\": [\"map\", \"radar\"]}]}";
        Files.writeString(file, original);

        WorkspaceFiles.Opened opened = here.open(file, fallback);

        assertThat(opened.layout().screens()).containsExactly(ScreenSlot.of(Screen.MAP));
        assertThat(opened.problems()).hasSize(3);
        assertThat(opened.keptAside()).hasContent(original);
        WorkspaceFiles.Opened again = here.open(file, fallback);
        assertThat(again.problems()).isEmpty();
        assertThat(again.layout().screens()).isEqualTo(List.of(ScreenSlot.of(Screen.MAP)));
    }

    @Test
    void aGoodFileIsLeftAlone() throws IOException {
        WorkspaceFiles here = new WorkspaceFiles(dir, clock);
        Path file = here.fileFor("operator", "wall-1");
        here.save(file, fallback);

        WorkspaceFiles.Opened opened = here.open(file, DefaultLayouts.forRole(Role.LEADER));

        assertThat(opened).isEqualTo(new WorkspaceFiles.Opened(fallback, List.of(), null));
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }
}
