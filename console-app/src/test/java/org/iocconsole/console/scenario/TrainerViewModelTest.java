package org.iocconsole.console.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.sync.agent.SyncAgent;
import org.iocconsole.sync.config.ConfigException;
import org.iocconsole.sync.demo.DemoOptions;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.scenario.BuiltInScenarios;
import org.iocconsole.sync.scenario.ScenarioControl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer's controls against a real demo province playing a drill, run inline without the toolkit. */
class TrainerViewModelTest {
    private static final long SIX_HOURS = 6 * 3600;
    private static DemoProvince demo;

    @TempDir
    Path dir;

    private final AtomicInteger rebuilt = new AtomicInteger();
    private final AtomicInteger synced = new AtomicInteger();
    private TrainerViewModel vm;

    @BeforeAll
    static void start() throws ConfigException {
        demo = DemoProvince.play(BuiltInScenarios.load("tai-nan-ql3"), DemoOptions.defaults());
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    @BeforeEach
    void fromTheStart() {
        vm = new TrainerViewModel(
                new ScenarioControl(new OkHttpClient(), demo.apiUrl(), SyncAgent.newObjectMapper()),
                new TrainerViewModel.Session() {
                    @Override
                    public void rebuilt() {
                        rebuilt.incrementAndGet();
                    }

                    @Override
                    public void eventsHappened() {
                        synced.incrementAndGet();
                    }
                },
                new I18n(Language.EN),
                Runnable::run,
                Runnable::run);
        vm.load("tai-nan-ql3");
        rebuilt.set(0);
        synced.set(0);
    }

    @Test
    void showsTheDrillWithAMarkPerEvent() {
        assertThat(vm.titleProperty().get()).isEqualTo("tai-nan-ql3");
        assertThat(vm.lengthProperty().get()).isEqualTo(SIX_HOURS);
        assertThat(vm.positionProperty().get()).isZero();
        assertThat(vm.virtualTimeProperty().get()).isEqualTo(Instant.parse("2026-04-29T07:00:00Z"));
        assertThat(vm.marks()).hasSize(vm.statusProperty().get().events()).isNotEmpty();
        assertThat(vm.marks().get(0).atSeconds()).isPositive();
        assertThat(vm.playingProperty().get()).isFalse();
        assertThat(vm.builtIns()).contains("lu-song-cau", "dich-benh");
    }

    @Test
    void playPauseSpeedSeekAndResetFollowThePlayer() {
        vm.changeSpeed(600);
        assertThat(vm.speedProperty().get()).isEqualTo(600);
        vm.play();
        assertThat(vm.playingProperty().get()).isTrue();
        vm.pause();
        assertThat(vm.playingProperty().get()).isFalse();

        vm.seek(2 * 3600);
        assertThat(vm.positionProperty().get()).isEqualTo(2 * 3600);
        assertThat(vm.virtualTimeProperty().get()).isEqualTo(Instant.parse("2026-04-29T09:00:00Z"));
        assertThat(rebuilt).as("forward only moves the clock").hasValue(0);
        assertThat(synced).as("events happened on the way").hasValue(1);

        vm.seekTo("01:00");
        assertThat(vm.positionProperty().get()).isEqualTo(3600);
        assertThat(rebuilt).as("back rebuilds the province").hasValue(1);

        vm.reset();
        assertThat(vm.positionProperty().get()).isZero();
        assertThat(rebuilt).hasValue(2);
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void aSeekBeyondTheEndIsRefusedWithAMessageAndThePlayerStaysUsable() {
        vm.seek(3600);

        vm.seek(SIX_HOURS + 1800);
        assertThat(vm.messageProperty().get()).isEqualTo("cannot seek to 06:30: the scenario runs from 00:00 to 06:00");
        assertThat(vm.positionProperty().get()).isEqualTo(3600);

        vm.seekTo("half past two");
        assertThat(vm.messageProperty().get()).contains("\"half past two\" is not a position");

        vm.seek(7200);
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.positionProperty().get()).isEqualTo(7200);
    }

    @Test
    void anInvalidFileIsNamedByLineAndFieldAndTheDrillGoesOn() throws IOException {
        vm.seek(3600);
        Path drill = Files.writeString(dir.resolve("drill.yaml"), """
                version: 1
                id: drill
                title: {vi: "Diễn tập"}
                province: "19"
                start: 2026-04-29T14:00:00+07:00
                length: "02:00"
                seed: 7
                events:
                  - at: "00:10"
                    type: camera
                    camera: CAM-9999
                    status: offline
                  - at: "00:05"
                    type: message
                    from: "Trực ban"
                    text: {vi: "Sớm hơn"}
                """);

        vm.loadFile(drill);
        assertThat(vm.messageProperty().get()).contains("drill.yaml:13: events[1].at:");

        Files.writeString(drill, Files.readString(drill).replace("\"00:05\"", "\"00:15\""));
        vm.loadFile(drill);
        assertThat(vm.messageProperty().get()).contains("drill.yaml:11: events[0].camera:", "CAM-9999");

        vm.loadFile(dir.resolve("missing.yaml"));
        assertThat(vm.messageProperty().get()).contains("missing.yaml");

        assertThat(vm.titleProperty().get()).isEqualTo("tai-nan-ql3");
        assertThat(vm.positionProperty().get()).isEqualTo(3600);
        assertThat(rebuilt).hasValue(0);
        vm.play();
        assertThat(vm.playingProperty().get()).isTrue();
        vm.pause();
    }
}
