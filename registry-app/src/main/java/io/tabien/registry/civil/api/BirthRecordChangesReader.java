package io.tabien.registry.civil.api;

import io.tabien.contracts.civil.BirthRecordChanges;
import io.tabien.contracts.civil.BirthRecordField;
import io.tabien.contracts.civil.ParentReference;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.Sex;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import io.tabien.registry.web.InvalidFields;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the loose {@code changes} object of a correction request into typed changes, naming any bad field. */
@Component
class BirthRecordChangesReader {

    private final JsonMapper json;
    private final Validator validator;

    BirthRecordChangesReader(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    BirthRecordChanges read(Map<String, JsonNode> changes) {
        List<InvalidFields.FieldProblem> errors = new ArrayList<>();
        Set<BirthRecordField> fields = EnumSet.noneOf(BirthRecordField.class);
        String givenName = null;
        String familyName = null;
        String givenNameLatin = null;
        String familyNameLatin = null;
        Sex sex = null;
        LocalDate dateOfBirth = null;
        Place placeOfBirth = null;
        ParentReference mother = null;
        ParentReference father = null;
        String informant = null;
        for (Map.Entry<String, JsonNode> change : changes.entrySet()) {
            BirthRecordField field;
            try {
                field = BirthRecordField.valueOf(change.getKey());
            } catch (IllegalArgumentException unknown) {
                errors.add(error(change.getKey(), "is not a field of a birth record"));
                continue;
            }
            fields.add(field);
            JsonNode value = change.getValue();
            if (value == null || value.isNull()) {
                continue;
            }
            try {
                switch (field) {
                    case givenName -> givenName = text(value, field, 200, errors);
                    case familyName -> familyName = text(value, field, 200, errors);
                    case givenNameLatin -> givenNameLatin = text(value, field, 200, errors);
                    case familyNameLatin -> familyNameLatin = text(value, field, 200, errors);
                    case informant -> informant = text(value, field, 400, errors);
                    case sex -> sex = json.treeToValue(value, Sex.class);
                    case dateOfBirth -> dateOfBirth = json.treeToValue(value, LocalDate.class);
                    case placeOfBirth -> placeOfBirth = valid(json.treeToValue(value, PlaceRequest.class), field, errors)
                            .toPlace();
                    case mother -> mother = RegisterBirthRequest.parent(
                            valid(json.treeToValue(value, RegisterBirthRequest.ParentRequest.class), field, errors));
                    case father -> father = RegisterBirthRequest.parent(
                            valid(json.treeToValue(value, RegisterBirthRequest.ParentRequest.class), field, errors));
                }
            } catch (JacksonException | IllegalArgumentException wrongShape) {
                errors.add(error(field.name(), "has a value of the wrong type or format"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        return new BirthRecordChanges(fields, givenName, familyName, givenNameLatin, familyNameLatin, sex, dateOfBirth,
                placeOfBirth, mother, father, informant);
    }

    private static String text(JsonNode value, BirthRecordField field, int maxLength,
                               List<InvalidFields.FieldProblem> errors) {
        if (!value.isString()) {
            throw new IllegalArgumentException("not text");
        }
        String text = value.asString().strip();
        if (text.length() > maxLength) {
            errors.add(error(field.name(), "must be at most " + maxLength + " characters"));
        }
        return text.isEmpty() ? null : text;
    }

    private <T> T valid(T value, BirthRecordField field, List<InvalidFields.FieldProblem> errors) {
        for (ConstraintViolation<T> violation : validator.validate(value)) {
            errors.add(error(field.name() + "." + violation.getPropertyPath(), violation.getMessage()));
        }
        return value;
    }

    private static InvalidFields.FieldProblem error(String field, String message) {
        return new InvalidFields.FieldProblem("changes." + field, message);
    }
}
