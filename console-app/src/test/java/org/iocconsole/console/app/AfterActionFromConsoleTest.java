package org.iocconsole.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.common.Theme;
import org.iocconsole.console.scenario.AfterActionViewModel;
import org.iocconsole.sync.access.Role;
import org.iocconsole.sync.alert.AlertState;
import org.iocconsole.sync.alert.AlertStore;
import org.iocconsole.sync.scenario.AfterActionReport;
import org.iocconsole.sync.scenario.ScenarioControl;
import org.iocconsole.sync.scenario.ScenarioStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scripted drill through the console's data side: an operator's acknowledgement is scored against the timeline. */
class AfterActionFromConsoleTest {
    @TempDir
    Path dir;

    @Test
    void anAcknowledgementDuringTheDrillIsTimedFromTheReportsArrivalAndExportedAsPdf() throws Exception {
        ConsoleOptions options = ConsoleOptions.builder(
                        dir.resolve("cache"), dir.resolve("sources.yaml"), dir.resolve("logs"))
                .language(Language.EN)
                .theme(Theme.LIGHT)
                .demo(true)
                .role(Role.TRAINER)
                .scenario("tai-nan-ql3")
                .build();
        try (DataSide data = DataSideOpener.open(options, f -> {}, p -> {}, e -> {})) {
            ScenarioControl control = data.scenarioControl().orElseThrow();
            control.seek(3600);
            ScenarioStatus status = control.status();
            String id = status.reportIds().get("tai-nan");
            assertThat(id).isNotNull();
            // Only the reports matter here: the other sources would make the test slow.
            data.agent().start();
            data.agent().engine().syncNow("reports");
            data.agent().engine().syncNow("notices");
            AlertStore alerts = new AlertStore(data.agent().cache());
            String alert = "notice/alert-1";
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while ((data.reportQueue().details().find(id).isEmpty()
                            || alerts.find(alert).isEmpty())
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            // The accident's alert (00:15) is acknowledged like any alert, on the drill's clock (01:00).
            data.acknowledgeAlert(
                    alert, "operator-1", data.sessionClock().orElseThrow().instant());
            assertThat(alerts.find(alert).orElseThrow().state()).isEqualTo(AlertState.ACKNOWLEDGED);
            // The drill's clock stands at 01:00; the report came in at 00:12.
            data.reportQueue().actions().acknowledge(id, "seen", "operator-1");

            AfterActionViewModel vm = new AfterActionViewModel(
                    data.afterActionReport().orElseThrow(),
                    new I18n(Language.EN),
                    ConsoleApplication.CONSOLE_ZONE,
                    Runnable::run,
                    Runnable::run);
            vm.refresh();

            assertThat(vm.messageProperty().get()).isEmpty();
            AfterActionReport.Response accident = vm.responses().stream()
                    .filter(r -> r.ref().equals("tai-nan"))
                    .findFirst()
                    .orElseThrow();
            assertThat(accident.id()).isEqualTo(id);
            assertThat(accident.toAcknowledge()).contains(Duration.ofMinutes(48));
            assertThat(accident.toAssign()).isEmpty();
            assertThat(vm.reportProperty()
                            .get()
                            .figures(AfterActionReport.Response::toAcknowledge)
                            .answered())
                    .isEqualTo(1);
            assertThat(vm.alerts()).singleElement().satisfies(a -> {
                assertThat(a.alertId()).isEqualTo(alert);
                assertThat(a.acknowledgedBy()).contains("operator-1");
                assertThat(a.toAcknowledge()).contains(Duration.ofMinutes(45));
            });
            assertThat(vm.lines())
                    .anySatisfy(line -> {
                        assertThat(line.actor()).isEqualTo("operator-1");
                        assertThat(line.what()).isEqualTo("report.acknowledge");
                        assertThat(line.target()).isEqualTo(id);
                    })
                    .anySatisfy(line -> assertThat(line.actor()).isNull());

            Path pdf = dir.resolve("aar.pdf");
            vm.exportPdf(pdf);
            assertThat(vm.messageProperty().get()).isEqualTo("Saved as aar.pdf");
            assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .startsWith("%PDF");

            vm.exportPdf(dir.resolve("no-such-folder").resolve("aar.pdf"));
            assertThat(vm.messageProperty().get()).startsWith("The after-action report could not be made");
            assertThat(Optional.ofNullable(vm.reportProperty().get())).isPresent();
        }
    }
}
