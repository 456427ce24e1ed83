package io.tabien.registry.webapp;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The texts the outbox script shows, in the reader's language: its own ({@code outbox.*}) and the refusals of every
 * rule ({@code rule.*}), so that a refusal received after the connection came back reads as it would on the form. The
 * service worker keeps them with the other reference data, for when there is no connection.
 */
@RestController
class OfflineTexts {

    private static final String[] PREFIXES = {"outbox.", "rule.", "field.", "kind."};

    private final MessageSource messages;
    private final Map<String, String> keys = new TreeMap<>();

    OfflineTexts(MessageSource messages) {
        this.messages = messages;
        ResourceBundle english = ResourceBundle.getBundle("messages", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String key : Collections.list(english.getKeys())) {
            for (String prefix : PREFIXES) {
                if (key.startsWith(prefix)) {
                    keys.put(key, key);
                }
            }
        }
    }

    @GetMapping("/app/texts")
    ResponseEntity<Map<String, String>> texts() {
        Locale language = LocaleContextHolder.getLocale();
        Map<String, String> texts = new TreeMap<>();
        keys.keySet().forEach(key -> texts.put(key, messages.getMessage(key, null, key, language)));
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(texts);
    }
}
