package io.tabien.registry.webapp;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A form sent to the registry as a command: what the form could not even read is told next to its field, a refusal
 * of the registry next to the field it names (or above the form), and a create sent twice leads to what the first
 * one created.
 */
@Component
public class FormSubmission {

    private final MessageSource messages;

    FormSubmission(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param send        sends the command
     * @param done        the view once it is recorded
     * @param formField   the form's name for a field the command names
     * @param refused     the view for a refusal
     * @param alreadyDone the view when the record was created already by the same form, or null if it cannot be
     */
    public String send(BindingResult binding, Supplier<?> send, String done, UnaryOperator<String> formField,
                       Function<FormErrors, String> refused, String alreadyDone) {
        FormErrors errors = FormErrors.none();
        binding.getFieldErrors().forEach(error -> errors.field(error.getField(), "field.invalid", messages));
        if (errors.any()) {
            return refused.apply(errors);
        }
        try {
            send.get();
            return done;
        } catch (AggregateStreamCreationException | DuplicateKeyException twice) {
            if (alreadyDone == null) {
                throw twice;
            }
            return alreadyDone;
        } catch (RuntimeException refusal) {
            FormErrors told = FormErrors.of(refusal, formField, messages);
            return refused.apply(told);
        }
    }
}
