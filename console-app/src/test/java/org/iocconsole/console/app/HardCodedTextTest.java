package org.iocconsole.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.common.LazyTooltip;
import org.iocconsole.console.testing.FakeReadModels;
import org.iocconsole.console.testing.FakeServices;
import org.iocconsole.console.workspace.Screen;
import org.iocconsole.sync.engine.SourceSummary;
import org.iocconsole.sync.engine.SyncPhase;
import org.iocconsole.sync.engine.SyncProgress;
import org.iocconsole.sync.model.Contract;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * No visible text is hard-coded: every text on every screen changes with the language, unless it is data (ids,
 * contract names, URLs, numbers and dates) or a bundle text that reads the same in both languages.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class HardCodedTextTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyVisibleTextFollowsTheLanguage(FxRobot robot) throws IOException {
        ConsoleWiring wiring = ShellViewTest.show(robot, stage, true);
        Set<String> allowed = sameInBothBundles();
        SyncEventRelay events = new SyncEventRelay();
        FakeServices services = new FakeServices(true, ShellViewTest.NOW.minusSeconds(300));
        for (SourceSummary source : services.syncControl().sources()) {
            allowed.add(source.sourceId());
            allowed.add(source.contract().wireName());
            allowed.add(source.url());
        }
        allowed.addAll(FakeReadModels.dataTexts());

        Set<String> viTexts = new TreeSet<>();
        Set<String> enTexts = new TreeSet<>();
        collectInBothLanguages(robot, wiring, viTexts, enTexts);

        robot.interact(() -> {
            wiring.attach(services, events);
            events.onProgress(new SyncProgress(
                    "cameras", Contract.CAMERAS, SyncPhase.FETCHING, 5, 10, "page 1", ShellViewTest.NOW));
            events.onProgress(new SyncProgress(
                    "indicators", Contract.INDICATORS, SyncPhase.FAILED, 0, -1, "HTTP 503", ShellViewTest.NOW));
        });
        allowed.add("page 1");
        allowed.add("HTTP 503");
        for (Screen screen : Screen.values()) {
            robot.interact(() -> wiring.shell().navigate(screen));
            collectInBothLanguages(robot, wiring, viTexts, enTexts);
        }
        robot.interact(() -> wiring.openingFailed(new IllegalStateException("broken")));
        allowed.add("broken");
        collectInBothLanguages(robot, wiring, viTexts, enTexts);

        Set<String> unchanged = new TreeSet<>(viTexts);
        unchanged.retainAll(enTexts);
        unchanged.removeIf(text -> allowed.contains(text) || !text.matches(".*\\p{L}.*"));
        assertThat(viTexts).contains("Dữ liệu & Đồng bộ", "Đồng bộ ngay", "Hủy", "Thất bại");
        // The screens' rows were seen, with their translated states.
        assertThat(viTexts).contains("Quá hạn xử lý", "Đang xử lý", "Khẩn cấp", "Ngoại tuyến", "Phường");
        assertThat(unchanged).as("texts that do not change with the language").isEmpty();
    }

    private void collectInBothLanguages(FxRobot robot, ConsoleWiring wiring, Set<String> vi, Set<String> en) {
        robot.interact(() -> wiring.shell().languageProperty().set(Language.VI));
        robot.interact(() -> collect(stage.getScene().getRoot(), vi));
        vi.add(stage.getTitle());
        robot.interact(() -> wiring.shell().languageProperty().set(Language.EN));
        robot.interact(() -> collect(stage.getScene().getRoot(), en));
        en.add(stage.getTitle());
        robot.interact(() -> wiring.shell().languageProperty().set(Language.VI));
    }

    private static void collect(Node node, Set<String> texts) {
        if (node instanceof Labeled) {
            add(texts, ((Labeled) node).getText());
        }
        add(texts, LazyTooltip.textOf(node));
        if (node instanceof TableView) {
            TableView<?> table = (TableView<?>) node;
            table.getColumns().forEach(column -> add(texts, column.getText()));
            if (table.getPlaceholder() != null) {
                collect(table.getPlaceholder(), texts);
            }
        }
        if (node instanceof Parent) {
            ((Parent) node).getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    private static void add(Set<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
    }

    private static Set<String> sameInBothBundles() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");
        Set<String> same = new HashSet<>();
        for (String key : vi.stringPropertyNames()) {
            if (vi.getProperty(key).equals(en.getProperty(key))) {
                same.add(vi.getProperty(key));
            }
        }
        return same;
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        String path = "/" + I18n.BUNDLE.replace('.', '/') + "_" + language + ".properties";
        try (InputStream in = HardCodedTextTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
