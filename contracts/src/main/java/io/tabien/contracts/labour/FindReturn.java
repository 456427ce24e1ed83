package io.tabien.contracts.labour;

public record FindReturn(ReturnRecordId returnId) {
}
