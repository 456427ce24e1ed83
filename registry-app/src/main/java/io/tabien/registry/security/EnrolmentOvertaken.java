package io.tabien.registry.security;

/**
 * A browser's enrolment that reached the registry after a later attempt of the same installation: the page that sent
 * it was left, and the later attempt's device is the one its browser keeps. Nothing is recorded.
 */
public class EnrolmentOvertaken extends RuntimeException {

    EnrolmentOvertaken() {
        super("This browser was enrolled again by a later request; this one is not kept.", null, false, false);
    }
}
