package io.tabien.registry.platform.commands;

/**
 * Who sends a command: a user name, the roles they act in, and the office (jurisdiction code) they work for.
 */
public record Actor(String username, String roles, String office) {
}
