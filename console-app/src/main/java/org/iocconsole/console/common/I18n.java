package org.iocconsole.console.common;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The console's visible texts in the current language, from the {@code messages_vi} and {@code messages_en} bundles.
 * Views bind to {@link #text(String)} and {@link #format(String, Supplier, Observable...)} so that switching the
 * language changes every visible text at once. FX thread only.
 */
public final class I18n {
    /** Base name of the resource bundles. */
    public static final String BUNDLE = "org.iocconsole.console.messages";

    private final ObjectProperty<Language> language;
    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public I18n(Language initial) {
        this.language = new SimpleObjectProperty<>(this, "language", initial);
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language getLanguage() {
        return language.get();
    }

    public void setLanguage(Language value) {
        language.set(value);
    }

    /** The text of a key in the current language. */
    public String get(String key) {
        return bundle(language.get()).getString(key);
    }

    /**
     * The text of a key with its {@code {0}} placeholders filled, in the current language's number format. Patterns
     * with arguments follow {@link MessageFormat}'s quoting rules; plain texts are returned as they are.
     */
    public String get(String key, Object... args) {
        if (args.length == 0) {
            return get(key);
        }
        Language now = language.get();
        // Parsing a pattern costs more than formatting it: a board refresh formats hundreds of figures.
        MessageFormat format =
                formats.computeIfAbsent(now.name() + '\u0000' + key, k -> new MessageFormat(get(key), now.locale()));
        synchronized (format) {
            return format.format(args);
        }
    }

    /** A text that follows the language. */
    public StringBinding text(String key) {
        return Bindings.createStringBinding(() -> get(key), language);
    }

    /** A formatted text that follows the language and the given dependencies of its arguments. */
    public StringBinding format(String key, Supplier<Object[]> args, Observable... dependencies) {
        return compute(() -> get(key, args.get()), dependencies);
    }

    /** A text whose key and arguments are chosen anew whenever the language or a dependency changes. */
    public StringBinding compute(Supplier<String> text, Observable... dependencies) {
        Observable[] all = new Observable[dependencies.length + 1];
        all[0] = language;
        System.arraycopy(dependencies, 0, all, 1, dependencies.length);
        return Bindings.createStringBinding(text::get, all);
    }

    /**
     * Reads a language's bundle into the JDK's bundle cache, so that the first {@code I18n} of that language finds it
     * there: the launcher calls it on its own thread while the FX thread is still starting. Any thread.
     */
    public static void preload(Language lang) {
        load(lang);
    }

    private ResourceBundle bundle(Language lang) {
        return bundles.computeIfAbsent(lang, I18n::load);
    }

    private static ResourceBundle load(Language lang) {
        // No fallback to the JVM's default locale: each language has its own complete bundle.
        return ResourceBundle.getBundle(
                BUNDLE,
                lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
