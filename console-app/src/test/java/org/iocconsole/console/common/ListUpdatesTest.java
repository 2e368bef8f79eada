package org.iocconsole.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class ListUpdatesTest {
    private final ObservableList<StringBuilder> list = FXCollections.observableArrayList();
    private final List<String> changes = new ArrayList<>();
    private final StringBuilder a = new StringBuilder("a");
    private final StringBuilder b = new StringBuilder("b");
    private final StringBuilder c = new StringBuilder("c");
    private final StringBuilder d = new StringBuilder("d");

    ListUpdatesTest() {
        list.addListener((ListChangeListener<StringBuilder>) change -> {
            while (change.next()) {
                changes.add(change.wasReplaced() ? "replaced" : change.wasAdded() ? "added" : "removed");
            }
        });
    }

    @Test
    void newItemsAtTheTopAreAddedWithoutReplacingTheOthers() {
        list.setAll(a, b, c);
        changes.clear();

        ListUpdates.update(list, List.of(d, a, b));

        assertThat(list).containsExactly(d, a, b);
        assertThat(changes).containsExactly("removed", "added");
    }

    @Test
    void itemsAreComparedByIdentity() {
        list.setAll(a, b);
        changes.clear();
        StringBuilder equalToA = new StringBuilder("a");

        ListUpdates.update(list, List.of(equalToA, b));

        assertThat(list.get(0)).isSameAs(equalToA);
    }

    @Test
    void reordersAndEmpties() {
        list.setAll(a, b, c);

        ListUpdates.update(list, List.of(c, b, a));
        assertThat(list).containsExactly(c, b, a);

        ListUpdates.update(list, List.of());
        assertThat(list).isEmpty();
    }

    @Test
    void nothingChangesWhenTheContentIsTheSame() {
        list.setAll(a, b);
        changes.clear();

        ListUpdates.update(list, List.of(a, b));

        assertThat(changes).isEmpty();
    }
}
