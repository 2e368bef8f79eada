package org.iocconsole.console.workspace;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.common.Theme;

/**
 * The shell's state: which screen shows, the language and theme, whether the session is a demo, and how opening the
 * data side goes. FX thread only.
 */
public final class ShellViewModel {
    private final I18n i18n;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(this, "screen", Screen.OVERVIEW);
    private final ObjectProperty<Theme> theme;
    private final BooleanProperty demo;
    private final ObjectProperty<OpeningState> opening =
            new SimpleObjectProperty<>(this, "opening", OpeningState.OPENING);
    private final DoubleProperty openingProgress = new SimpleDoubleProperty(this, "openingProgress", -1);
    private final StringProperty openingError = new SimpleStringProperty(this, "openingError", "");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");

    /** @param demo whether the session is known to be a demo from the start (the {@code --demo} flag) */
    public ShellViewModel(I18n i18n, Theme theme, boolean demo) {
        this.i18n = i18n;
        this.theme = new SimpleObjectProperty<>(this, "theme", theme);
        this.demo = new SimpleBooleanProperty(this, "demo", demo);
    }

    /** Shows a screen. */
    public void navigate(Screen target) {
        screen.set(target);
    }

    /** The current screen; the navigation rail writes it. */
    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    /** The language of every visible text; the language switch writes it. */
    public ObjectProperty<Language> languageProperty() {
        return i18n.languageProperty();
    }

    /** The look; the theme switch writes it. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyBooleanProperty demoProperty() {
        return demo;
    }

    public ReadOnlyObjectProperty<OpeningState> openingProperty() {
        return opening;
    }

    /** Progress of opening the data side from 0 to 1, or -1 when unknown. */
    public ReadOnlyDoubleProperty openingProgressProperty() {
        return openingProgress;
    }

    /** Why opening failed, as the data side said it. */
    public ReadOnlyStringProperty openingErrorProperty() {
        return openingError;
    }

    /** What the notice band says (a saved layout that could not be used as it is), or empty when nothing. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    /** Shows a notice in the band above the screens; an empty text hides it. */
    public void showNotice(String text) {
        notice.set(text == null ? "" : text);
    }

    /** The data side reports progress while it opens. */
    public void openingProgressed(double fraction) {
        if (opening.get() == OpeningState.OPENING) {
            openingProgress.set(fraction);
        }
    }

    /** The data side is open; {@code demoSession} says whether it serves the demo province. */
    public void opened(boolean demoSession) {
        demo.set(demo.get() || demoSession);
        opening.set(OpeningState.READY);
    }

    /** Opening failed; {@code reason} is shown as it is, so it should name the file and field at fault. */
    public void openingFailed(String reason) {
        openingError.set(reason == null ? "" : reason);
        opening.set(OpeningState.FAILED);
    }
}
