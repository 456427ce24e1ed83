package io.tabien.registry.flags.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What the civil-record rules know of a registered birth. */
record BirthRecord(
        UUID personId,
        long globalIndex,
        UUID motherPersonId,
        String motherName,
        LocalDate dateOfBirth,
        String childName,
        String childNameLatin,
        String birthProvince,
        String birthDistrict,
        Instant registeredAt) {
}
