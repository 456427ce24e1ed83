package io.tabien.contracts.grievance;

/** The finding of a trafficking screening. */
public enum ScreeningOutcome {
    POSSIBLE_VICTIM, VICTIM, NOT_A_VICTIM
}
