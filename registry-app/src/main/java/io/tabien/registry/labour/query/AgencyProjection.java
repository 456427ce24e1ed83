package io.tabien.registry.labour.query;

import io.tabien.registry.platform.axon.EventPositions;
import io.tabien.contracts.labour.AgencyClosed;
import io.tabien.contracts.labour.AgencyId;
import io.tabien.contracts.labour.AgencyLicensed;
import io.tabien.contracts.labour.AgencyView;
import io.tabien.contracts.labour.FindAgencies;
import io.tabien.contracts.labour.FindAgency;
import io.tabien.contracts.labour.LicenceEventView;
import io.tabien.contracts.labour.LicenceReinstated;
import io.tabien.contracts.labour.LicenceRenewed;
import io.tabien.contracts.labour.LicenceRevoked;
import io.tabien.contracts.labour.LicenceSuspended;
import io.tabien.contracts.labour.Sector;
import io.tabien.registry.labour.LicenceTimeline;
import io.tabien.registry.platform.commands.CommandMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The licence register: every agency with its licence's timeline, and its standing on any day. */
@Component
@ProcessingGroup(AgencyProjection.NAME)
class AgencyProjection {

    static final String NAME = "agencies";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AgencyProjection(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventHandler
    void on(AgencyLicensed event, EventMessage<?> message) {
        jdbc.update("""
                        insert into agency (agency_id, name, licence_number, address, destinations, sectors)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (agency_id) do nothing""",
                ps -> {
                    ps.setObject(1, event.agencyId().value());
                    ps.setString(2, event.name());
                    ps.setString(3, event.licenceNumber());
                    ps.setString(4, event.address());
                    ps.setArray(5, ps.getConnection().createArrayOf("text", event.destinations().stream().sorted().toArray()));
                    ps.setArray(6, ps.getConnection().createArrayOf("text",
                            event.sectors().stream().map(Enum::name).sorted().toArray()));
                });
        timeline(event.agencyId().value(), message, "LICENSED", event.licensedFrom(), event.licensedUntil(), null);
    }

    @EventHandler
    void on(LicenceRenewed event, EventMessage<?> message) {
        timeline(event.agencyId().value(), message, "RENEWED", event.renewedOn(), event.licensedUntil(), null);
    }

    @EventHandler
    void on(LicenceSuspended event, EventMessage<?> message) {
        timeline(event.agencyId().value(), message, "SUSPENDED", event.from(), event.until(), event.reason());
    }

    @EventHandler
    void on(LicenceReinstated event, EventMessage<?> message) {
        timeline(event.agencyId().value(), message, "REINSTATED", event.on(), null, null);
    }

    @EventHandler
    void on(LicenceRevoked event, EventMessage<?> message) {
        timeline(event.agencyId().value(), message, "REVOKED", event.on(), null, event.reason());
    }

    @EventHandler
    void on(AgencyClosed event, EventMessage<?> message) {
        timeline(event.agencyId().value(), message, "CLOSED", event.closedOn(), null, event.reason());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from agency");
        jdbc.update("delete from agency_licence_event");
    }

    @QueryHandler
    Optional<AgencyView> handle(FindAgency query) {
        LocalDate asOf = query.asOf() == null ? LocalDate.now(clock) : query.asOf();
        return jdbc.query("select * from agency where agency_id = ?", (row, n) -> view(row, asOf),
                query.agencyId().value()).stream().findFirst();
    }

    @QueryHandler
    List<AgencyView> handle(FindAgencies query) {
        LocalDate asOf = query.asOf() == null ? LocalDate.now(clock) : query.asOf();
        return jdbc.query("select * from agency order by name, agency_id", (row, n) -> view(row, asOf)).stream()
                .filter(agency -> query.status() == null || agency.status() == query.status())
                .toList();
    }

    private void timeline(UUID agency, EventMessage<?> message, String event, LocalDate first,
                          LocalDate last, String reason) {
        Object actor = message.getMetaData().get(CommandMetadata.ACTOR);
        jdbc.update("""
                        insert into agency_licence_event (agency_id, global_index, event, first_day, last_day, reason,
                            recorded_by, stored_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing""",
                agency, EventPositions.of(jdbc, message), event, first, last, reason,
                actor == null ? null : actor.toString(), Timestamp.from(message.getTimestamp()));
    }

    private AgencyView view(ResultSet row, LocalDate asOf) throws SQLException {
        UUID id = row.getObject("agency_id", UUID.class);
        List<LicenceEventView> events = jdbc.query(
                "select * from agency_licence_event where agency_id = ? order by global_index",
                (event, n) -> new LicenceEventView(event.getString("event"),
                        event.getObject("first_day", LocalDate.class), event.getObject("last_day", LocalDate.class),
                        event.getString("reason"), event.getString("recorded_by"),
                        event.getTimestamp("stored_at").toInstant()), id);
        LicenceTimeline licence = LicenceTimeline.of(events);
        return new AgencyView(new AgencyId(id), row.getString("name"), row.getString("licence_number"),
                row.getString("address"), texts(row.getArray("destinations")),
                texts(row.getArray("sectors")).stream().map(Sector::valueOf).collect(Collectors.toSet()), asOf,
                licence.statusOn(asOf), licence.licensedFrom(), licence.licensedUntil(), events);
    }


    private static Set<String> texts(Array array) throws SQLException {
        return Set.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
