#!/usr/bin/env bash
# Records the facts of the upgrade fixture through the API of a running first release (commit 26bef55),
# started on an empty data directory with TABIEN_ADMIN_PASSWORD=admin-first-release-pw and
# tabien.audit.checkpoint-every-events=10. REGISTRY defaults to http://localhost:8080. Needs curl and jq.
set -euo pipefail
REGISTRY=${REGISTRY:-http://localhost:8080}
ADMIN=admin:admin-first-release-pw
REGISTRAR=sekong-registrar:registrar-first-release-pw
PASSPORTS=passport-officer:passports-first-release-pw
LABOUR=labour-officer:labour-first-release-pw
ATTACHE=attache-th:attache-first-release-pw

MOTHER=10000000-0000-4000-8000-000000000001
WORKER=10000000-0000-4000-8000-000000000002
CHILD=10000000-0000-4000-8000-000000000003
GRANDFATHER=10000000-0000-4000-8000-000000000004
SIBLING=10000000-0000-4000-8000-000000000005
BOOK=20000000-0000-4000-8000-000000000001
WORKER_PASSPORT=30000000-0000-4000-8000-000000000001
MOTHER_PASSPORT=30000000-0000-4000-8000-000000000002
GRANDFATHER_PASSPORT=30000000-0000-4000-8000-000000000003
AGENCY=40000000-0000-4000-8000-000000000001
REVOKED_AGENCY=40000000-0000-4000-8000-000000000002
CLOSED_AGENCY=40000000-0000-4000-8000-000000000003
CONTRACT=50000000-0000-4000-8000-000000000001
REJECTED_CONTRACT=50000000-0000-4000-8000-000000000002
TERMINATED_CONTRACT=50000000-0000-4000-8000-000000000003
GRIEVANCE=60000000-0000-4000-8000-000000000001
OPEN_GRIEVANCE=60000000-0000-4000-8000-000000000002

# post USER PATH JSON [extra curl arguments]: fails unless answered 2xx; prints the answer.
post() {
    local user=$1 path=$2 body=$3
    shift 3
    curl -sS --fail-with-body -u "$user" -X POST "$REGISTRY$path" -H 'Content-Type: application/json' "$@" -d "$body"
    echo
}

user() {
    post "$ADMIN" /api/admin/users "{\"username\": \"$1\", \"password\": \"$2\", \"roles\": [\"$3\"], \"office\": \"$4\"}"
}
user sekong-registrar registrar-first-release-pw REGISTRAR LA-XE
user passport-officer passports-first-release-pw PASSPORT_OFFICER LA-VT
user labour-officer labour-first-release-pw LABOUR_OFFICER LA-VT
user attache-th attache-first-release-pw LABOUR_ATTACHE TH
user auditor auditor-first-release-pw AUDITOR LA-VT
post "$ADMIN" /api/admin/exchange-rates '{"currency": "THB", "effectiveOn": "2026-01-01", "lakPerUnit": 620}'

# Civil records: a mother, her son registered years late, her newborn daughter, her father, her brother.
birth() {
    post "$REGISTRAR" /api/births "$1" -H "Idempotency-Key: birth-$2" -H 'X-Correlation-Id: first-release-visit-1'
}
birth "{\"id\": \"$MOTHER\", \"givenName\": \"ນ້ອຍ\", \"familyName\": \"ແກ້ວມະນີ\", \"givenNameLatin\": \"Noy\",
        \"familyNameLatin\": \"Keomany\", \"sex\": \"F\", \"dateOfBirth\": \"1990-03-14\",
        \"placeOfBirth\": {\"province\": \"LA-XE\", \"district\": \"1501\", \"village\": \"Ban Phon\"},
        \"informant\": \"Bounmy Keomany\"}" mother
birth "{\"id\": \"$GRANDFATHER\", \"givenName\": \"ບຸນມີ\", \"familyName\": \"ແກ້ວມະນີ\", \"givenNameLatin\": \"Bounmy\",
        \"familyNameLatin\": \"Keomany\", \"sex\": \"M\", \"dateOfBirth\": \"1950-01-02\",
        \"placeOfBirth\": {\"province\": \"LA-XE\", \"district\": \"1501\"}}" grandfather
birth "{\"id\": \"$WORKER\", \"givenName\": \"ສົມໃຈ\", \"familyName\": \"ແກ້ວມະນີ\", \"givenNameLatin\": \"Somchay\",
        \"familyNameLatin\": \"Keomany\", \"sex\": \"M\", \"dateOfBirth\": \"1998-05-20\",
        \"placeOfBirth\": {\"province\": \"LA-XE\", \"district\": \"1501\", \"village\": \"Ban Phon\"},
        \"mother\": {\"personId\": \"$MOTHER\"}, \"informant\": \"Noy Keomany\"}" worker
birth "{\"id\": \"$SIBLING\", \"givenName\": \"ແສງ\", \"familyName\": \"ແກ້ວມະນີ\", \"givenNameLatin\": \"Seng\",
        \"familyNameLatin\": \"Keomany\", \"sex\": \"M\", \"dateOfBirth\": \"1993-08-08\",
        \"placeOfBirth\": {\"province\": \"LA-XE\", \"district\": \"1501\"}}" sibling
post "$REGISTRAR" /api/persons/$WORKER/corrections \
    '{"changes": {"givenNameLatin": "Somchai"}, "reason": "Romanized as on the school record", "evidence": "School record 1152"}'

post "$REGISTRAR" /api/family-books "{\"id\": \"$BOOK\", \"bookNumber\": \"XE-1501-0001\", \"province\": \"LA-XE\",
    \"district\": \"1501\", \"village\": \"Ban Phon\", \"headPersonId\": \"$GRANDFATHER\", \"issuedOn\": \"2026-02-01\"}" \
    -H 'Idempotency-Key: book-1'
member() {
    post "$REGISTRAR" /api/family-books/$BOOK/members \
        "{\"personId\": \"$1\", \"relationship\": \"$2\", \"reason\": \"$3\", \"effectiveDate\": \"2026-02-01\"}"
}
member "$MOTHER" CHILD MOVE_IN
member "$WORKER" GRANDCHILD MOVE_IN
member "$SIBLING" CHILD MOVE_IN
post "$REGISTRAR" /api/family-books/$BOOK/head "{\"personId\": \"$MOTHER\"}"
post "$REGISTRAR" /api/family-books/$BOOK/members/$SIBLING/removal '{"reason": "MOVED_OUT", "effectiveDate": "2026-03-01"}'
post "$REGISTRAR" /api/family-books/$BOOK/replacement '{"newBookNumber": "XE-1501-0002", "reason": "DAMAGED"}'
birth "{\"id\": \"$CHILD\", \"givenName\": \"ມະລິ\", \"familyName\": \"ແກ້ວມະນີ\", \"givenNameLatin\": \"Mali\",
        \"familyNameLatin\": \"Keomany\", \"sex\": \"F\", \"dateOfBirth\": \"2026-10-01\",
        \"placeOfBirth\": {\"province\": \"LA-XE\", \"district\": \"1501\", \"village\": \"Ban Phon\"},
        \"mother\": {\"personId\": \"$MOTHER\"}, \"father\": {\"name\": \"Khamla Sithong\"},
        \"informant\": \"Noy Keomany\", \"familyBookId\": \"$BOOK\"}" child

# Passports: the worker's goes to his employer without consent and comes back; the mother's is lost;
# the grandfather's is revoked by his death.
passport() {
    post "$PASSPORTS" /api/passports "{\"id\": \"$1\", \"holderPersonId\": \"$2\", \"passportNumber\": \"$3\",
        \"issuedOn\": \"2026-06-01\", \"expiresOn\": \"2036-05-31\", \"mrz\": [\"$4\", \"$5\"]}"
}
passport $WORKER_PASSPORT $WORKER P1234567 'P<LAOKEOMANY<<SOMCHAI<<<<<<<<<<<<<<<<<<<<<<<' \
    'P1234567<1LAO9805208M3605314<<<<<<<<<<<<<<02'
passport $MOTHER_PASSPORT $MOTHER P2234567 'P<LAOKEOMANY<<NOY<<<<<<<<<<<<<<<<<<<<<<<<<<<' \
    'P2234567<4LAO9003141F3605314<<<<<<<<<<<<<<08'
passport $GRANDFATHER_PASSPORT $GRANDFATHER P3234567 'P<LAOKEOMANY<<BOUNMY<<<<<<<<<<<<<<<<<<<<<<<<' \
    'P3234567<7LAO5001024M3605314<<<<<<<<<<<<<<08'
post "$PASSPORTS" /api/passports/$MOTHER_PASSPORT/loss '{"reportedOn": "2026-07-01", "reason": "Lost in a flood"}'
post "$REGISTRAR" /api/persons/$GRANDFATHER/death \
    '{"dateOfDeath": "2026-11-20", "placeOfDeath": {"province": "LA-XE", "district": "1501"}, "cause": "Old age"}'

# Agencies: one licensed, renewed, suspended and reinstated; one revoked; one closed.
agency() {
    post "$LABOUR" /api/agencies "{\"id\": \"$1\", \"name\": \"$2\", \"licenceNumber\": \"$3\", \"address\": \"Vientiane\",
        \"licensedFrom\": \"2025-01-01\", \"licensedUntil\": \"2027-12-31\", \"destinations\": [\"TH\", \"MY\"],
        \"sectors\": [\"AGRICULTURE\", \"CONSTRUCTION\"]}"
}
agency $AGENCY "Mekong Manpower" LIC-001
agency $REVOKED_AGENCY "Fast Jobs Abroad" LIC-002
agency $CLOSED_AGENCY "Old Road Recruitment" LIC-003
post "$LABOUR" /api/agencies/$AGENCY/renewal '{"renewedOn": "2026-01-15", "licensedUntil": "2029-12-31"}'
post "$LABOUR" /api/agencies/$AGENCY/suspension '{"from": "2026-11-01", "reason": "Fees above the cap under review"}'
post "$LABOUR" /api/agencies/$AGENCY/reinstatement '{"on": "2026-11-15"}'
post "$LABOUR" /api/agencies/$REVOKED_AGENCY/revocation '{"on": "2026-05-01", "reason": "Sent workers on tourist visas"}'
post "$LABOUR" /api/agencies/$CLOSED_AGENCY/closure '{"closedOn": "2026-04-01", "reason": "Owner retired"}'

# Contracts: the worker's goes the whole way with fees and savings; the mother's is rejected; the uncle's is
# terminated; the uncle also came home once with no contract on file.
contract() {
    post "$LABOUR" /api/contracts "{\"id\": \"$1\", \"workerPersonId\": \"$2\", \"agencyId\": \"$AGENCY\",
        \"channel\": \"MOU\", \"employerName\": \"$3\", \"destinationCountry\": \"TH\", \"sector\": \"AGRICULTURE\",
        \"jobTitle\": \"Farm worker\", \"monthlyWage\": {\"amount\": 9000, \"currency\": \"THB\"},
        \"durationMonths\": 24, \"contractLanguage\": \"th\", \"signedOn\": \"2026-07-01\"}"
}
contract $CONTRACT $WORKER "Chiang Mai Orchards"
contract $REJECTED_CONTRACT $MOTHER "Udon Garments"
contract $TERMINATED_CONTRACT $SIBLING "Korat Builders"
post "$LABOUR" /api/contracts/$CONTRACT/explanation \
    '{"language": "lo", "explainedBy": "Labour office Sekong", "workerAcknowledged": true, "explainedOn": "2026-07-05"}'
post "$LABOUR" /api/contracts/$CONTRACT/approval '{"approvedOn": "2026-07-10"}'
post "$LABOUR" /api/contracts/$CONTRACT/fees "{\"payer\": \"WORKER\", \"payeeAgencyId\": \"$AGENCY\", \"type\": \"SERVICE_FEE\",
    \"amount\": {\"amount\": 12000, \"currency\": \"THB\"}, \"paidOn\": \"2026-07-08\", \"receiptNumber\": \"R-0001\"}"
post "$LABOUR" /api/contracts/$CONTRACT/fees '{"payer": "WORKER", "payeeName": "Visa runner", "type": "VISA",
    "amount": {"amount": 2500, "currency": "THB"}, "paidOn": "2026-07-09"}'
post "$LABOUR" /api/contracts/$CONTRACT/departure '{"departedOn": "2026-07-20", "checkpoint": "Friendship Bridge I"}'
post "$LABOUR" /api/contracts/$CONTRACT/savings '{"amount": {"amount": 2000, "currency": "THB"}, "depositedOn": "2026-08-31"}'
post "$LABOUR" /api/contracts/$CONTRACT/return \
    '{"returnedOn": "2026-11-10", "checkpoint": "Friendship Bridge I", "reason": "EARLY_TERMINATION"}'
post "$LABOUR" /api/contracts/$CONTRACT/savings-refund \
    '{"amount": {"amount": 2000, "currency": "THB"}, "refundedOn": "2026-11-12"}'
post "$LABOUR" /api/contracts/$REJECTED_CONTRACT/rejection '{"rejectedOn": "2026-07-03", "reason": "Employer not on the MOU list"}'
post "$LABOUR" /api/contracts/$TERMINATED_CONTRACT/approval '{"approvedOn": "2026-07-04"}'
post "$LABOUR" /api/contracts/$TERMINATED_CONTRACT/termination '{"terminatedOn": "2026-07-06", "reason": "Employer withdrew"}'
post "$LABOUR" /api/returns "{\"personId\": \"$SIBLING\", \"returnedOn\": \"2026-03-02\", \"checkpoint\": \"Vang Tao\",
    \"fromCountry\": \"TH\", \"workedAbroad\": true}"

# Abroad: the employer takes the worker's passport; his grievance goes through the whole case work; a second
# grievance, reported by someone unnamed, is identified later and stays open.
post "$ATTACHE" /api/passports/$WORKER_PASSPORT/custody '{"custodian": "EMPLOYER", "custodianName": "Chiang Mai Orchards",
    "country": "TH", "since": "2026-08-01", "holderConsent": false, "note": "Kept in the farm office"}'
post "$ATTACHE" /api/grievances "{\"id\": \"$GRIEVANCE\", \"workerPersonId\": \"$WORKER\", \"passportNumber\": \"P1234567\",
    \"contractId\": \"$CONTRACT\", \"employerName\": \"Chiang Mai Orchards\", \"country\": \"TH\", \"city\": \"Chiang Mai\",
    \"channel\": \"HOTLINE\", \"categories\": [\"RETENTION_OF_IDENTITY_DOCUMENTS\", \"WITHHOLDING_OF_WAGES\"],
    \"narrative\": \"ນາຍຈ້າງເກັບໜັງສືຜ່ານແດນ. The employer keeps my passport and has paid no wage since August.\",
    \"reportedOn\": \"2026-09-10\"}" -H 'X-Correlation-Id: first-release-case-1'
post "$ATTACHE" /api/grievances/$GRIEVANCE/evidence \
    '{"description": "Photo of the passport in the farm office safe", "documentReference": "EV-1", "addedOn": "2026-09-11"}'
post "$ATTACHE" /api/grievances/$GRIEVANCE/screening '{"indicators": ["RETENTION_OF_IDENTITY_DOCUMENTS", "WITHHOLDING_OF_WAGES"],
    "outcome": "POSSIBLE_VICTIM", "decidedBy": "LABOUR_ATTACHE", "screenedOn": "2026-09-12"}'
REFERRAL=$(post "$ATTACHE" /api/grievances/$GRIEVANCE/referrals \
    '{"to": "EMPLOYER_MEDIATION", "consent": true, "referredOn": "2026-09-13"}' | jq -r .id)
post "$ATTACHE" /api/grievances/$GRIEVANCE/referrals/$REFERRAL/answer \
    '{"answer": "ACCEPTED", "reason": "Mediation set for 20 September", "answeredOn": "2026-09-15"}'
post "$ATTACHE" /api/passports/$WORKER_PASSPORT/return '{"returnedOn": "2026-09-20"}'
post "$ATTACHE" /api/grievances/$GRIEVANCE/resolution '{"outcomes": ["DOCUMENT_RETURNED", "WAGES_RECOVERED"],
    "wagesRecovered": {"amount": 18000, "currency": "THB"}, "resolvedOn": "2026-09-21"}'
post "$ATTACHE" /api/grievances/$GRIEVANCE/closure '{"closedOn": "2026-09-30"}'
post "$ATTACHE" /api/grievances "{\"id\": \"$OPEN_GRIEVANCE\", \"workerName\": \"Noy\", \"employerName\": \"Udon Garments\",
    \"country\": \"TH\", \"channel\": \"WALK_IN\", \"categories\": [\"DECEPTION\", \"EXCESSIVE_OVERTIME\"],
    \"narrative\": \"She was promised a shop job and works sixteen hours a day sewing.\", \"reportedOn\": \"2026-11-25\"}"
post "$ATTACHE" /api/grievances/$OPEN_GRIEVANCE/identification "{\"personId\": \"$MOTHER\"}"
post "$ATTACHE" /api/grievances/$OPEN_GRIEVANCE/evidence '{"description": "Her pay slips for October", "addedOn": "2026-11-26"}'
