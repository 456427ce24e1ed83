package io.tabien.contracts.civil;

public enum MembershipReason {
    BIRTH, MARRIAGE, MOVE_IN, ADOPTION
}
