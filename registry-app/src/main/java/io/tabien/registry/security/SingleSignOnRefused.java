package io.tabien.registry.security;

import org.springframework.security.core.AuthenticationException;

/**
 * The provider vouched for the user, but the registry does not let them in: the API answers 403 with the reason,
 * the login page says it in the reader's language.
 */
public class SingleSignOnRefused extends AuthenticationException {

    /** Why, as the login page names it ({@code ?sso=} and the message {@code login.sso.<code>}). */
    public enum Reason {
        NO_USERNAME("no-username"),
        UNKNOWN_USER("unknown-user"),
        NO_ROLES("no-roles"),
        OFFICE_UNFIT("office-unfit"),
        /** The provider's side of the login failed: cancelled, refused, or unreachable. */
        FAILED("failed");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** The reason a login page's parameter names; {@link #FAILED} for anything else, since it comes from outside. */
        public static Reason ofCode(String code) {
            for (Reason reason : values()) {
                if (reason.code.equals(code)) {
                    return reason;
                }
            }
            return FAILED;
        }
    }

    private final Reason reason;

    SingleSignOnRefused(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
