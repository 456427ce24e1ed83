package io.tabien.registry.web;

/**
 * A request whose fields are named or nested differently from the command it becomes. When the command is refused
 * for one of its fields, the answer names the field as the client sent it.
 */
public interface RequestFieldNames {

    /** @param commandField a field of the command as a dotted path, such as {@code address.village} */
    String requestField(String commandField);
}
