package org.iocconsole.console.cameras;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.console.testing.Events;
import org.iocconsole.console.testing.SampleCache;
import org.iocconsole.sync.cache.CameraQueries;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.Contract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CamerasViewModelTest {
    @TempDir
    Path dir;

    private SampleCache cache;
    private CamerasViewModel vm;
    private final AtomicInteger reads = new AtomicInteger();

    @BeforeEach
    void fill() {
        cache = new SampleCache(dir);
        cache.write(
                Contract.CAMERAS,
                List.of(
                        SampleCache.camera(
                                "CAM-1", "Ngã tư Đồng Quang", "Phường Phan Đình Phùng", Camera.Status.ONLINE),
                        SampleCache.camera("CAM-2", "Cầu Gia Bảy", "Phường Phan Đình Phùng", Camera.Status.OFFLINE),
                        SampleCache.camera("CAM-3", "Chợ Đồng Hỷ", "Xã Đồng Hỷ", Camera.Status.MAINTENANCE),
                        SampleCache.camera(
                                "CAM-4",
                                "Quảng trường Võ Nguyên Giáp",
                                "Phường Phan Đình Phùng",
                                Camera.Status.ONLINE)));
        CameraQueries queries = new CameraQueries(cache.database());
        vm = new CamerasViewModel(
                () -> {
                    reads.incrementAndGet();
                    return queries.all();
                },
                new SimpleObjectProperty<>(DataFreshness.NONE),
                Runnable::run,
                Runnable::run);
        vm.start();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private List<String> names() {
        return vm.getCameras().stream().map(row -> row.camera().name()).toList();
    }

    @Test
    void countsTheCamerasByState() {
        assertThat(vm.totalProperty().get()).isEqualTo(4);
        assertThat(vm.countProperty(Camera.Status.ONLINE).get()).isEqualTo(2);
        assertThat(vm.countProperty(Camera.Status.OFFLINE).get()).isEqualTo(1);
        assertThat(vm.countProperty(Camera.Status.MAINTENANCE).get()).isEqualTo(1);
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        vm.searchProperty().set("dong quang");
        assertThat(names()).containsExactly("Ngã tư Đồng Quang");

        vm.searchProperty().set("ĐỒNG");
        assertThat(names()).containsExactlyInAnyOrder("Ngã tư Đồng Quang", "Chợ Đồng Hỷ");
        assertThat(vm.shownCountProperty().get()).isEqualTo(2);

        vm.searchProperty().set("xa dong hy");
        assertThat(names()).as("the group is searched too").containsExactly("Chợ Đồng Hỷ");

        vm.searchProperty().set("");
        assertThat(names()).hasSize(4);
    }

    @Test
    void theSearchStaysOnWhenTheRegistryChanges() {
        vm.searchProperty().set("dong");
        cache.write(
                Contract.CAMERAS,
                List.of(
                        SampleCache.camera("CAM-5", "Cầu Đông Quang", "Phường Gia Sàng", Camera.Status.OFFLINE),
                        SampleCache.camera(
                                "CAM-1", "Ngã tư Đồng Quang", "Phường Phan Đình Phùng", Camera.Status.OFFLINE)));

        vm.onChange(Events.changed(Contract.CAMERAS));

        assertThat(names()).containsExactlyInAnyOrder("Ngã tư Đồng Quang", "Chợ Đồng Hỷ", "Cầu Đông Quang");
        assertThat(vm.countProperty(Camera.Status.OFFLINE).get()).isEqualTo(3);
        assertThat(vm.countProperty(Camera.Status.ONLINE).get()).isEqualTo(1);
    }

    @Test
    void readsAgainOnCamerasOnly() {
        vm.onChange(Events.changed(Contract.OPEN311));
        vm.onChange(Events.changed(Contract.ADMIN_UNITS));
        assertThat(reads).hasValue(1);

        vm.onChange(Events.changed(Contract.CAMERAS));
        assertThat(reads).hasValue(2);
    }
}
