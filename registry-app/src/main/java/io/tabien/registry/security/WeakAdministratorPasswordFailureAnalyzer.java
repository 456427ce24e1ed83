package io.tabien.registry.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says why the registry did not start, and what to do, instead of a stack trace. */
class WeakAdministratorPasswordFailureAnalyzer extends AbstractFailureAnalyzer<WeakAdministratorPassword> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, WeakAdministratorPassword cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set TABIEN_ADMIN_PASSWORD to a password of at least " + PasswordPolicy.MIN_LENGTH + " characters "
                        + "that is not a common one (nor one short part repeated, nor a run such as abcdefghijkl), "
                        + "or leave it empty to have one generated and shown once on the console.",
                cause);
    }
}
