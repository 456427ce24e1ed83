package io.tabien.registry.webapp;

import io.tabien.registry.platform.errors.Refusals;
import io.tabien.registry.security.NotAReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the web app exists in English and in Lao, and every refusal a registrar's form can meet has one. */
class MessagesTest {

    private static final Properties ENGLISH = bundle("messages.properties");
    private static final Properties LAO = bundle("messages_lo.properties");

    @Test
    void everyTextHasBothLanguages() {
        assertThat(LAO.stringPropertyNames()).as("texts in Lao").containsExactlyInAnyOrderElementsOf(
                ENGLISH.stringPropertyNames());
        assertThat(LAO.stringPropertyNames()).allSatisfy(key ->
                assertThat(LAO.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void everyRefusalOfTheCivilRegistryHasItsOwnTextInBothLanguages() {
        List<String> rules = Refusals.all().stream()
                .filter(entry -> entry.refusal().getName().startsWith("io.tabien.registry.civil.")
                        || entry.refusal().getName().startsWith("io.tabien.registry.platform.")
                        || entry.refusal() == NotAReader.class)
                .map(Refusals.Entry::rule)
                .toList();

        assertThat(rules).as("refusals a registrar's form can meet").isNotEmpty();
        assertThat(rules).allSatisfy(rule -> {
            assertThat(ENGLISH).as("English text of " + rule).containsKey("rule." + rule);
            assertThat(LAO).as("Lao text of " + rule).containsKey("rule." + rule);
        });
    }

    @Test
    void laoTextsAreWrittenInLaoScript() {
        assertThat(LAO.stringPropertyNames().stream()
                .filter(key -> !key.startsWith("language.") && !key.equals("app.name"))
                .filter(key -> LAO.getProperty(key).codePoints().noneMatch(c -> c >= 0x0E80 && c <= 0x0EFF)))
                .as("Lao texts without a Lao letter").isEmpty();
    }

    private static Properties bundle(String name) {
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
