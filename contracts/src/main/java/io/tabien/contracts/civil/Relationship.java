package io.tabien.contracts.civil;

/** A member's relationship to the head of the household; the head is {@code HEAD}. */
public enum Relationship {
    HEAD, SPOUSE, CHILD, PARENT, SIBLING, GRANDCHILD, OTHER
}
