package io.tabien.registry.web;

import io.tabien.registry.platform.errors.InvalidValues;
import io.tabien.registry.platform.validation.StorableValues;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestController;

import java.beans.PropertyEditorSupport;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Query parameters and path variables pass the door commands pass, as they are bound: text in NFC, on one line,
 * without control characters and at most as long as the narrowest column it is compared with; dates and instants
 * within the years every column and Java type holds. A value outside them could match nothing stored, and some
 * (a NUL, the year 999999999) would make the database or the date arithmetic fail: each is refused with 400, naming
 * the parameter, before any controller sees it.
 */
@ControllerAdvice(annotations = RestController.class)
class RequestParameters {

    @InitBinder
    void checkAsBound(WebDataBinder binder) {
        // For a request parameter, path variable or header the binder is named after it.
        String name = binder.getObjectName();
        binder.registerCustomEditor(String.class, new Checked<>(text -> StorableValues.checkedLine(name, text), false));
        binder.registerCustomEditor(LocalDate.class, new Checked<>(text -> date(name, text), true));
        binder.registerCustomEditor(Instant.class, new Checked<>(text -> instant(name, text), true));
    }

    /**
     * The parameters of a query string whose percent-encoded bytes are not UTF-8 (which the servlet container refuses
     * to read at all), by name; a name that is not UTF-8 either is given as sent.
     */
    static List<String> undecodable(String queryString) {
        if (queryString == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            Optional<String> decodedName = strictlyDecoded(name);
            if (decodedName.isEmpty() || strictlyDecoded(value).isEmpty()) {
                names.add(decodedName.orElse(name));
            }
        }
        return names;
    }

    private static Optional<String> strictlyDecoded(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()
                    && HexFormat.isHexDigit(encoded.charAt(i + 1)) && HexFormat.isHexDigit(encoded.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
                i += 2;
            } else {
                // The container hands the query string over byte for byte, one character each.
                bytes.write(c == '+' ? ' ' : c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    private static LocalDate date(String name, String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            if (StorableValues.isStorable(date)) {
                return date;
            }
        } catch (DateTimeParseException malformed) {
            // refused below, like a date out of range
        }
        throw refused(name, StorableValues.DATE_RANGE + ", written YYYY-MM-DD");
    }

    private static Instant instant(String name, String text) {
        try {
            Instant instant = Instant.parse(text);
            if (StorableValues.isStorable(instant)) {
                return instant;
            }
        } catch (DateTimeParseException malformed) {
            // refused below, like an instant out of range
        }
        throw refused(name, StorableValues.INSTANT_RANGE + ", written like 2026-01-31T09:15:00Z");
    }

    private static InvalidValues refused(String name, String message) {
        return new InvalidValues(List.of(new InvalidValues.Problem(name, message)));
    }

    /** Converts the text of one parameter; an empty date or instant is an absent one, as in Spring's own conversion. */
    private static final class Checked<T> extends PropertyEditorSupport {

        private final Function<String, T> conversion;
        private final boolean emptyIsAbsent;

        Checked(Function<String, T> conversion, boolean emptyIsAbsent) {
            this.conversion = conversion;
            this.emptyIsAbsent = emptyIsAbsent;
        }

        @Override
        public void setAsText(String text) {
            setValue(text == null || (emptyIsAbsent && text.isEmpty()) ? null : conversion.apply(text));
        }
    }
}
