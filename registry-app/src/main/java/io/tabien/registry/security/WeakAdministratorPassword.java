package io.tabien.registry.security;

/** The configured password of the first administrator does not pass the password policy: the registry stops. */
class WeakAdministratorPassword extends RuntimeException {

    WeakAdministratorPassword(String refusal) {
        super("The administrator password in tabien.admin.password (TABIEN_ADMIN_PASSWORD) " + refusal + ".");
    }
}
