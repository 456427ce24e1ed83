package io.tabien.contracts.grievance;

/** A referral's answer. */
public enum ReferralAnswer {
    ACCEPTED, REJECTED
}
