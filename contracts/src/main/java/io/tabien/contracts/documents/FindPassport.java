package io.tabien.contracts.documents;

public record FindPassport(PassportId passportId) {
}
