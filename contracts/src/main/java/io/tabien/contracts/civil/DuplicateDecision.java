package io.tabien.contracts.civil;

/** What a registrar found when reviewing two births flagged as possibly the same person. */
public enum DuplicateDecision {
    NOT_SAME_PERSON, SAME_PERSON
}
