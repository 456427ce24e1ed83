package io.tabien.registry.seeding;

import io.tabien.contracts.civil.Place;
import io.tabien.registry.TabienApplication;
import io.tabien.registry.grievance.casefile.CaseFileSeal;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code java -jar registry-app.jar seed --events=1000000 [--persons=500000] [spring options]}: fills an empty
 * registry (the database the options name) with a large mixed history, for measuring it at volume. The read
 * models are not built here; the registry builds them when it next starts. Refuses a store that already holds
 * events, so it cannot mix invented records into real ones. Exit status 0 when seeded, 2 when refused.
 */
public final class SeedCommand {

    private static final int BATCH_SIZE = 1000;

    private SeedCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        long events = 1_000_000;
        long persons = 0;
        List<String> springArgs = new ArrayList<>();
        if (Arrays.stream(args).noneMatch(arg -> arg.startsWith("--server.port="))) {
            // The seeder serves nothing; a port of its own keeps it clear of a registry running beside it.
            springArgs.add("--server.port=0");
        }
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--events=")) {
                events = Long.parseLong(args[i].substring("--events=".length()));
            } else if (args[i].startsWith("--persons=")) {
                persons = Long.parseLong(args[i].substring("--persons=".length()));
            } else {
                springArgs.add(args[i]);
            }
        }
        SpringApplication application = new SpringApplication(TabienApplication.class);
        application.setDefaultProperties(Map.of("logging.level.root", "WARN"));
        try (ConfigurableApplicationContext context = application.run(springArgs.toArray(String[]::new))) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Long stored = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
            if (stored != null && stored > 0) {
                out.println("Refused: the event store already holds " + stored + " events; seeding fills an empty one.");
                return 2;
            }
            // The projections and the chain catch up when the registry starts; seeding measures the write side only.
            context.getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                    .filter(StreamingEventProcessor.class::isInstance)
                    .forEach(processor -> processor.shutDown());
            List<Place> places = jdbc.query("select province_code, code from district order by code",
                    (row, n) -> new Place(row.getString(1), row.getString(2), null));
            VolumeSeeder seeder = new VolumeSeeder(context.getBean(EventStore.class),
                    context.getBean(TransactionManager.class), context.getBean(CaseFileSeal.class), places, context.getBean(Clock.class), BATCH_SIZE);
            long start = System.nanoTime();
            long[] reported = {0};
            VolumeSeeder.Seeded seeded = seeder.seed(events, persons, () -> {
                if (seeder.recorded() - reported[0] >= 100_000) {
                    reported[0] = seeder.recorded();
                    out.printf(Locale.ROOT, "%,d events (%,.0f/s)%n", seeder.recorded(),
                            seeder.recorded() / ((System.nanoTime() - start) / 1e9));
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "Seeded %,d events in %.1f s (%,.0f/s): %,d persons, %,d family books, %,d passports, "
                            + "%,d agencies, %,d contracts, %,d grievances.%n", seeded.events(), seconds,
                    seeded.events() / seconds, seeded.persons(), seeded.familyBooks(), seeded.passports(),
                    seeded.agencies(), seeded.contracts(), seeded.grievances());
            return 0;
        }
    }
}
