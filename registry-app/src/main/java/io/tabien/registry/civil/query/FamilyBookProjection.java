package io.tabien.registry.civil.query;

import io.tabien.registry.platform.axon.EventPositions;
import io.tabien.contracts.civil.CertificateIssued;
import io.tabien.contracts.civil.CertificateKind;
import io.tabien.contracts.civil.CertificateRevoked;
import io.tabien.contracts.civil.FamilyBookId;
import io.tabien.contracts.civil.FamilyBookIssued;
import io.tabien.contracts.civil.FamilyBookReplaced;
import io.tabien.contracts.civil.FamilyBookView;
import io.tabien.contracts.civil.FamilyMemberAdded;
import io.tabien.contracts.civil.FamilyMemberRemoved;
import io.tabien.contracts.civil.FamilyMemberView;
import io.tabien.contracts.civil.FindFamilyBook;
import io.tabien.contracts.civil.FindFamilyBookByNumber;
import io.tabien.contracts.civil.HeadOfHouseholdChanged;
import io.tabien.contracts.civil.MembershipReason;
import io.tabien.contracts.civil.PersonId;
import io.tabien.contracts.civil.Place;
import io.tabien.contracts.civil.Relationship;
import io.tabien.registry.platform.reference.Jurisdiction;
import io.tabien.registry.platform.history.HistoryTable;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Household registers with their current members and every change to them. */
@Component
@ProcessingGroup(FamilyBookProjection.NAME)
class FamilyBookProjection {

    static final String NAME = "family-books";

    private final JdbcTemplate jdbc;
    private final HistoryTable history;

    FamilyBookProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.history = new HistoryTable(jdbc, "family_book_history", "family_book_id");
    }

    @EventHandler
    void on(FamilyBookIssued event, EventMessage<FamilyBookIssued> message, @SequenceNumber long version) {
        UUID book = event.familyBookId().value();
        jdbc.update("""
                        insert into family_book (family_book_id, book_number, province, district, village,
                            head_person_id, issued_on, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (family_book_id) do nothing""",
                book, event.bookNumber(), event.address().province(), event.address().district(),
                event.address().village(), event.headPersonId().value(), event.issuedOn(), version);
        member(book, event.headPersonId().value(), Relationship.HEAD, null, event.issuedOn());
        history.record(book, message, "Family book " + event.bookNumber() + " issued with head "
                + event.headPersonId() + ".");
    }

    @EventHandler
    void on(FamilyMemberAdded event, EventMessage<FamilyMemberAdded> message, @SequenceNumber long version) {
        UUID book = event.familyBookId().value();
        atVersion(book, version);
        member(book, event.personId().value(), event.relationship(), event.reason(), event.effectiveDate());
        history.record(book, message, "Person " + event.personId() + " added as " + event.relationship()
                + " (" + event.reason() + "), effective " + event.effectiveDate() + ".");
    }

    @EventHandler
    void on(FamilyMemberRemoved event, EventMessage<FamilyMemberRemoved> message, @SequenceNumber long version) {
        UUID book = event.familyBookId().value();
        atVersion(book, version);
        jdbc.update("delete from family_book_member where family_book_id = ? and person_id = ?",
                book, event.personId().value());
        jdbc.update("update family_book set head_person_id = null where family_book_id = ? and head_person_id = ?",
                book, event.personId().value());
        history.record(book, message, "Person " + event.personId() + " removed (" + event.reason()
                + "), effective " + event.effectiveDate() + ".");
    }

    @EventHandler
    void on(HeadOfHouseholdChanged event, EventMessage<HeadOfHouseholdChanged> message, @SequenceNumber long version) {
        UUID book = event.familyBookId().value();
        atVersion(book, version);
        jdbc.update("update family_book set head_person_id = ? where family_book_id = ?",
                event.newHeadPersonId().value(), book);
        jdbc.update("update family_book_member set relationship = 'OTHER' where family_book_id = ? and person_id = ?",
                book, event.previousHeadPersonId() == null ? null : event.previousHeadPersonId().value());
        jdbc.update("update family_book_member set relationship = 'HEAD' where family_book_id = ? and person_id = ?",
                book, event.newHeadPersonId().value());
        history.record(book, message, "Head of household changed to " + event.newHeadPersonId()
                + (event.previousHeadPersonId() == null ? "." : " (was " + event.previousHeadPersonId() + ")."));
    }

    @EventHandler
    void on(FamilyBookReplaced event, EventMessage<FamilyBookReplaced> message, @SequenceNumber long version) {
        UUID book = event.familyBookId().value();
        atVersion(book, version);
        jdbc.update("""
                        insert into family_book_previous_number (family_book_id, book_number, district, replaced_at)
                        select family_book_id, ?, district, ? from family_book where family_book_id = ?
                        on conflict do nothing""",
                event.previousBookNumber(), EventPositions.of(jdbc, message), book);
        jdbc.update("update family_book set book_number = ? where family_book_id = ?", event.newBookNumber(), book);
        history.record(book, message, "Book " + event.previousBookNumber() + " replaced by "
                + event.newBookNumber() + " (" + event.reason() + ").");
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from family_book");
        jdbc.update("delete from family_book_member");
        jdbc.update("delete from family_book_previous_number");
        history.clear();
    }

    @QueryHandler
    Optional<FamilyBookView> handle(FindFamilyBook query) {
        return book("family_book_id = ?", query.familyBookId().value(), query.jurisdiction());
    }

    @QueryHandler
    Optional<FamilyBookView> handle(FindFamilyBookByNumber query) {
        UUID id = jdbc.query("""
                        select family_book_id from family_book where district = ? and book_number = ?
                        union
                        select family_book_id from family_book_previous_number where district = ? and book_number = ?""",
                (row, n) -> row.getObject(1, UUID.class),
                query.district(), query.bookNumber(), query.district(), query.bookNumber()).stream().findFirst().orElse(null);
        return id == null ? Optional.empty() : book("family_book_id = ?", id, query.jurisdiction());
    }

    private Optional<FamilyBookView> book(String where, UUID id, String jurisdiction) {
        return jdbc.query("select * from family_book where " + where, this::view, id).stream()
                .filter(view -> jurisdiction == null
                        || new Jurisdiction(jurisdiction).covers(view.address().province(), view.address().district()))
                .findFirst();
    }

    /** An extract is written to the book's stream: the book's version, which a change is based on, moves. */
    @EventHandler
    void on(CertificateIssued event, @SequenceNumber long version) {
        if (event.kind() == CertificateKind.FAMILY_BOOK_EXTRACT) {
            atVersion(event.recordId(), version);
        }
    }

    @EventHandler
    void on(CertificateRevoked event, @SequenceNumber long version) {
        if (event.kind() == CertificateKind.FAMILY_BOOK_EXTRACT) {
            atVersion(event.recordId(), version);
        }
    }

    private void atVersion(UUID book, long version) {
        jdbc.update("update family_book set version = ? where family_book_id = ?", version, book);
    }

    private void member(UUID book, UUID person, Relationship relationship, MembershipReason reason, LocalDate since) {
        jdbc.update("""
                        insert into family_book_member (family_book_id, person_id, relationship, reason, since)
                        values (?, ?, ?, ?, ?)
                        on conflict (family_book_id, person_id) do update set relationship = excluded.relationship,
                            reason = excluded.reason, since = excluded.since""",
                book, person, relationship.name(), reason == null ? null : reason.name(), since);
    }

    private FamilyBookView view(ResultSet row, int rowNumber) throws SQLException {
        UUID id = row.getObject("family_book_id", UUID.class);
        UUID head = row.getObject("head_person_id", UUID.class);
        List<FamilyMemberView> members = jdbc.query("""
                        select person_id, relationship, reason, since from family_book_member
                        where family_book_id = ? order by since, person_id""",
                (member, n) -> new FamilyMemberView(new PersonId(member.getObject(1, UUID.class)),
                        Relationship.valueOf(member.getString(2)),
                        member.getString(3) == null ? null : MembershipReason.valueOf(member.getString(3)),
                        member.getObject(4, LocalDate.class)),
                id);
        List<String> previousNumbers = jdbc.queryForList(
                "select book_number from family_book_previous_number where family_book_id = ? order by replaced_at",
                String.class, id);
        return new FamilyBookView(
                new FamilyBookId(id),
                row.getString("book_number"),
                previousNumbers,
                new Place(row.getString("province"), row.getString("district"), row.getString("village")),
                head == null ? null : new PersonId(head),
                row.getObject("issued_on", LocalDate.class),
                members,
                history.of(id),
                row.getLong("version"));
    }
}
