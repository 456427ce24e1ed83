package io.tabien.contracts.grievance;

/**
 * Who reads: auditors and the attaché of a grievance's country read its case file (narrative, evidence, screening,
 * referrals); everyone else sees what it is about, where it stands and its dates.
 *
 * @param attacheCountry the country of the reading attaché, or null
 */
public record GrievanceReaders(boolean auditor, String attacheCountry) {

    public boolean mayReadCaseFile(String country) {
        return auditor || country.equals(attacheCountry);
    }
}
