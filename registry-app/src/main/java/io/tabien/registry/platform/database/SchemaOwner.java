package io.tabien.registry.platform.database;

/**
 * The role that owns the registry's tables and migrates them. The application itself connects as another role,
 * which may not change the schema, nor rewrite or remove events and the audit chain.
 */
public record SchemaOwner(String jdbcUrl, String username, String password) {

    @Override
    public String toString() {
        return "SchemaOwner[" + username + " at " + jdbcUrl + "]";
    }
}
