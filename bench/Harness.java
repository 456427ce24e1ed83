import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives Tabien's HTTP API as clients would, with authentication and valid references between records, and
 * prints one JSON object of figures. Run with {@code java bench/Harness.java <command> [options]}.
 *
 * <ul>
 *   <li>{@code closed --workload=births|mixed --clients=16 --seconds=30}: as many requests as 16 clients can send</li>
 *   <li>{@code open --workload=... --rate=R --seconds=30}: requests at a fixed rate; latency counted from the moment
 *       each request was due, so a slow server cannot hide its queueing</li>
 *   <li>{@code probe --events-per-aggregate=1000 --big-aggregate=10000}: search, as-of state, a command on a long
 *       stream, chain verification and projection replays</li>
 * </ul>
 * Common options: {@code --base=http://127.0.0.1:8080 --admin=admin:password}.
 */
public class Harness {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    // The names the registry's volume seeder draws from, so that searches have the same selectivity on both.
    private static final String[] SYLLABLES = {"ສົມ", "ບຸນ", "ແສງ", "ດາວ", "ຄຳ", "ພອນ", "ທອງ", "ຈັນ", "ສີ", "ມະນີ",
            "ວົງ", "ໄຊ", "ພູ", "ແກ້ວ", "ນາງ", "ບົວ", "ຫອມ", "ລາ", "ວັນ", "ເພັດ",
            "ສຸກ", "ນ້ອຍ", "ອິນ", "ຕາ", "ເດດ", "ສະຫວັນ", "ພິມ", "ມາລີ", "ອຸດົມ", "ຄູນ"};
    private static final String[] LATIN = {"som", "boun", "saeng", "dao", "kham", "phone", "thong", "chan", "si", "manee",
            "vong", "xay", "phou", "keo", "nang", "boua", "hom", "la", "van", "phet",
            "souk", "noy", "inh", "ta", "det", "savanh", "phim", "malee", "oudom", "khoun"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Map<String, String> auth = new HashMap<>();
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    private final List<String> persons = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<String> homeless = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> unpassported = new ConcurrentLinkedQueue<>();
    /** Households with room for another member; a household has at most {@link #HOUSEHOLD_SIZE} members, as in life. */
    private final List<String> books = new CopyOnWriteArrayList<>();
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> members = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int HOUSEHOLD_SIZE = 8;
    private static final int CUSTODY_CHANGES = 4;
    private static final int CONTRACT_STEPS = 6;
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> used = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> passports = new CopyOnWriteArrayList<>();
    private final List<String> contracts = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> stages = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    /** Answers other than 2xx by request kind, so that a run's failures say what failed. */
    private final Map<String, AtomicLong> refused = new java.util.concurrent.ConcurrentHashMap<>();

    Harness(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        Harness harness = new Harness(options.getOrDefault("base", "http://127.0.0.1:8080"));
        harness.setUp(options.getOrDefault("admin", "admin:admin"));
        String workload = options.getOrDefault("workload", "births");
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        switch (args[0]) {
            case "closed" -> System.out.println(harness.closed(workload, Integer.parseInt(options.getOrDefault("clients", "16")), seconds));
            case "open" -> System.out.println(harness.open(workload, Double.parseDouble(options.getOrDefault("rate", "100")), seconds));
            case "probe" -> System.out.println(harness.probe(Integer.parseInt(options.getOrDefault("events-per-aggregate", "1000")),
                    Integer.parseInt(options.getOrDefault("big-aggregate", "10000")),
                    Boolean.parseBoolean(options.getOrDefault("replay", "true"))));
            default -> throw new IllegalArgumentException("closed, open or probe");
        }
        System.exit(0);
    }

    // ----- setting up users and a few records to refer to

    void setUp(String admin) throws Exception {
        auth.put("ADMIN", basic(admin));
        for (String[] user : new String[][]{{"REGISTRAR", "LA-XE"}, {"PASSPORT_OFFICER", null}, {"LABOUR_OFFICER", null},
                {"LABOUR_ATTACHE", "TH"}, {"AUDITOR", null}}) {
            String name = ("bench-" + user[0] + "-" + run).toLowerCase(Locale.ROOT).replace('_', '-');
            String password = "bench-password-" + run;
            String office = user[1] == null ? "" : ", \"office\": \"" + user[1] + "\"";
            call("ADMIN", "POST", "/api/admin/users", "{\"username\": \"" + name + "\", \"password\": \"" + password
                    + "\", \"roles\": [\"" + user[0] + "\"]" + office + "}");
            auth.put(user[0], basic(name + ":" + password));
        }
        for (int i = 0; i < 20; i++) {
            birth();
        }
    }

    // ----- workloads

    String closed(String workload, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    boolean success = operation(workload);
                    latencies.add(System.nanoTime() - start);
                    (success ? ok : failed).incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return "{\"workload\": \"" + workload + "\", \"mode\": \"closed\", \"clients\": " + clients + ", \"seconds\": "
                + seconds + ", \"ok\": " + ok + ", \"failed\": " + failed + ", \"perSecond\": "
                + round(ok.get() / (double) seconds) + ", \"refused\": \"" + refused + "\", " + percentiles(latencies) + "}";
    }

    /**
     * Requests at a fixed rate, each timed from the moment it was due, so that a stall shows in the latency of every
     * request queued behind it. The first seconds warm this client and the server's code paths up and are not counted:
     * a cold start would otherwise leave a backlog that the rest of the run inherits.
     */
    String open(String workload, double rate, int seconds) throws Exception {
        paced(workload, rate, Math.max(3, seconds / 3), new ArrayList<>(), new AtomicLong(), new AtomicLong());
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        paced(workload, rate, seconds, latencies, ok, failed);
        return "{\"workload\": \"" + workload + "\", \"mode\": \"open\", \"rate\": " + round(rate) + ", \"seconds\": "
                + seconds + ", \"ok\": " + ok + ", \"failed\": " + failed + ", \"refused\": \"" + refused + "\", "
                + percentiles(latencies) + "}";
    }

    private void paced(String workload, double rate, int seconds, List<Long> latencies, AtomicLong ok, AtomicLong failed)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(64);
        List<Long> timed = Collections.synchronizedList(latencies);
        long total = Math.round(rate * seconds);
        long interval = Math.round(1_000_000_000 / rate);
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            pool.submit(() -> {
                boolean success = operation(workload);
                timed.add(System.nanoTime() - due);
                (success ? ok : failed).incrementAndGet();
            });
        }
        pool.shutdown();
        pool.awaitTermination(120, TimeUnit.SECONDS);
    }

    /** births 40 %, family books 20 %, passports and custody 15 %, contracts, fees and departures 20 %, grievances 5 %. */
    boolean operation(String workload) {
        try {
            if (workload.equals("births")) {
                return birth() != null;
            }
            int dice = ThreadLocalRandom.current().nextInt(100);
            if (dice < 40) {
                return birth() != null;
            } else if (dice < 60) {
                return familyBookChange();
            } else if (dice < 75) {
                return passportStep();
            } else if (dice < 95) {
                return contractStep();
            }
            return grievance();
        } catch (Exception e) {
            refused.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
            return false;
        }
    }

    String birth() throws Exception {
        int n = ThreadLocalRandom.current().nextInt(SYLLABLES.length);
        String born = LocalDate.of(1970 + ThreadLocalRandom.current().nextInt(35), 1 + ThreadLocalRandom.current().nextInt(12),
                1 + ThreadLocalRandom.current().nextInt(28)).toString();
        String body = "{\"givenName\": \"" + SYLLABLES[n] + SYLLABLES[(n + 3) % SYLLABLES.length] + "\", \"familyName\": \""
                + SYLLABLES[(n + 5) % SYLLABLES.length] + "\", \"givenNameLatin\": \"" + LATIN[n] + LATIN[(n + 3) % LATIN.length]
                + "\", \"sex\": \"F\", \"dateOfBirth\": \"" + born + "\", \"placeOfBirth\": {\"province\": \"LA-XE\", \"district\": \"1501\"}}";
        HttpResponse<String> created = call("REGISTRAR", "POST", "/api/births", body);
        String id = id(created);
        if (id != null) {
            persons.add(id);
            homeless.add(id + "|" + born);
            unpassported.add(id + "|" + born);
        }
        return id;
    }

    boolean familyBookChange() throws Exception {
        String person = homeless.poll();
        if (person == null) {
            return birth() != null;
        }
        String id = person.split("\\|")[0];
        int open = books.size();
        if (open == 0 || ThreadLocalRandom.current().nextInt(4) == 0) {
            String book = id(call("REGISTRAR", "POST", "/api/family-books", "{\"bookNumber\": \"BN-" + run + "-"
                    + sequence.incrementAndGet() + "\", \"province\": \"LA-XE\", \"district\": \"1501\", \"headPersonId\": \""
                    + id + "\"}"));
            if (book != null) {
                books.add(book);
            }
            return book != null;
        }
        String book;
        try {
            book = books.get(ThreadLocalRandom.current().nextInt(open));
        } catch (IndexOutOfBoundsException fullMeanwhile) {
            homeless.add(person);
            return true;
        }
        if (members.computeIfAbsent(book, b -> new java.util.concurrent.atomic.AtomicInteger(1)).incrementAndGet() >= HOUSEHOLD_SIZE) {
            books.remove(book);
        }
        return ok(call("REGISTRAR", "POST", "/api/family-books/" + book + "/members", "{\"personId\": \"" + id
                + "\", \"relationship\": \"OTHER\", \"reason\": \"MOVE_IN\", \"effectiveDate\": \"" + LocalDate.now() + "\"}"));
    }

    /**
     * A record of the list to take another step, dropped from the list once it has had its share: a passport changes
     * hands a few times, a contract is approved, departs and gathers a few fees. Without the cap, a short list at the
     * start of a run would send every step to the same few records, which is no registry's load.
     */
    private String lessUsed(List<String> records, int steps) {
        int size = records.size();
        if (size == 0) {
            return null;
        }
        String record;
        try {
            record = records.get(ThreadLocalRandom.current().nextInt(size));
        } catch (IndexOutOfBoundsException droppedMeanwhile) {
            return null;
        }
        if (used.computeIfAbsent(record, r -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet() >= steps) {
            records.remove(record);
        }
        return record;
    }

    boolean passportStep() throws Exception {
        String held = ThreadLocalRandom.current().nextBoolean() ? lessUsed(passports, CUSTODY_CHANGES) : null;
        if (held != null) {
            return ok(call("PASSPORT_OFFICER", "POST", "/api/passports/" + held + "/custody",
                    "{\"custodian\": \"EMPLOYER\", \"custodianName\": \"Bench Farm\", \"country\": \"TH\", \"since\": \""
                            + LocalDate.now() + "\", \"holderConsent\": true}"));
        }
        String person = unpassported.poll();
        if (person == null) {
            return birth() != null;
        }
        String[] parts = person.split("\\|");
        LocalDate born = LocalDate.parse(parts[1]);
        String number = "B" + String.format("%07d", sequence.incrementAndGet() % 10_000_000) + run.substring(0, 1).toUpperCase();
        number = number.replaceAll("[^A-Z0-9]", "0").substring(0, 9);
        LocalDate issued = LocalDate.now().minusDays(1);
        LocalDate expires = issued.plusYears(10);
        String[] mrz = mrz(number, born, expires);
        String passport = id(call("PASSPORT_OFFICER", "POST", "/api/passports", "{\"holderPersonId\": \"" + parts[0]
                + "\", \"passportNumber\": \"" + number + "\", \"issuedOn\": \"" + issued + "\", \"expiresOn\": \"" + expires
                + "\", \"mrz\": [\"" + mrz[0] + "\", \"" + mrz[1] + "\"]}"));
        if (passport != null) {
            passports.add(passport);
        }
        return passport != null;
    }

    boolean contractStep() throws Exception {
        String signed = ThreadLocalRandom.current().nextBoolean() ? lessUsed(contracts, CONTRACT_STEPS) : null;
        if (signed != null) {
            int stage = stages.merge(signed, 1, Integer::sum);
            if (stage == 1) {
                return ok(call("LABOUR_OFFICER", "POST", "/api/contracts/" + signed + "/approval",
                        "{\"approvedOn\": \"" + LocalDate.now() + "\"}"));
            }
            if (stage == 2) {
                return ok(call("LABOUR_OFFICER", "POST", "/api/contracts/" + signed + "/departure",
                        "{\"departedOn\": \"" + LocalDate.now() + "\", \"checkpoint\": \"Friendship Bridge I\"}"));
            }
            return ok(call("LABOUR_OFFICER", "POST", "/api/contracts/" + signed + "/fees", "{\"payer\": \"WORKER\", "
                    + "\"payeeName\": \"Broker\", \"type\": \"SERVICE_FEE\", \"amount\": {\"amount\": 1500, \"currency\": \"THB\"}, "
                    + "\"paidOn\": \"" + LocalDate.now() + "\", \"receiptNumber\": \"R-1\"}"));
        }
        String worker = persons.get(ThreadLocalRandom.current().nextInt(persons.size()));
        String contract = id(call("LABOUR_OFFICER", "POST", "/api/contracts", "{\"workerPersonId\": \"" + worker
                + "\", \"channel\": \"MOU\", \"employerName\": \"Bench Farm\", \"destinationCountry\": \"TH\", "
                + "\"sector\": \"AGRICULTURE\", \"jobTitle\": \"picker\", \"monthlyWage\": {\"amount\": 9000, \"currency\": \"THB\"}, "
                + "\"durationMonths\": 24, \"contractLanguage\": \"lo\", \"signedOn\": \"" + LocalDate.now().minusDays(30) + "\"}"));
        if (contract != null) {
            contracts.add(contract);
        }
        return contract != null;
    }

    boolean grievance() throws Exception {
        String worker = persons.get(ThreadLocalRandom.current().nextInt(persons.size()));
        return id(call("LABOUR_ATTACHE", "POST", "/api/grievances", "{\"workerPersonId\": \"" + worker
                + "\", \"employerName\": \"Bench Farm\", \"country\": \"TH\", \"channel\": \"HOTLINE\", "
                + "\"categories\": [\"WAGE_THEFT\"], \"narrative\": \"wages unpaid\", \"reportedOn\": \"" + LocalDate.now() + "\"}")) != null;
    }

    // ----- probes of the read and audit side

    String probe(int eventsPerAggregate, int bigAggregate, boolean replay) throws Exception {
        StringBuilder out = new StringBuilder("{");
        List<Long> search = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int a = random.nextInt(LATIN.length), b = random.nextInt(LATIN.length), c = random.nextInt(LATIN.length);
            String q = switch (i % 3) {
                case 0 -> LATIN[a] + LATIN[b] + " " + LATIN[c] + LATIN[random.nextInt(LATIN.length)];
                case 1 -> SYLLABLES[a] + SYLLABLES[b];
                default -> LATIN[a] + LATIN[b].substring(0, LATIN[b].length() - 1) + "e";
            };
            long start = System.nanoTime();
            call("AUDITOR", "GET", "/api/persons?limit=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null);
            search.add(System.nanoTime() - start);
        }
        out.append("\"search\": {").append(percentiles(search)).append("}, ");

        String medium = longContract(eventsPerAggregate);
        List<Long> asOf = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            call("AUDITOR", "GET", "/api/audit/aggregates/" + medium + "/state", null);
            asOf.add(System.nanoTime() - start);
        }
        out.append("\"asOf\": {\"events\": ").append(eventsPerAggregate).append(", ").append(percentiles(asOf)).append("}, ");

        String big = longContract(bigAggregate);
        List<Long> command = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            call("LABOUR_OFFICER", "POST", "/api/contracts/" + big + "/fees", fee());
            command.add(System.nanoTime() - start);
        }
        out.append("\"commandOnLongStream\": {\"events\": ").append(bigAggregate).append(", ").append(percentiles(command)).append("}, ");

        long start = System.nanoTime();
        String verification = call("AUDITOR", "GET", "/api/audit/verification", null).body();
        double seconds = (System.nanoTime() - start) / 1e9;
        long verified = Long.parseLong(field(verification, "eventsVerified"));
        out.append("\"verification\": {\"events\": ").append(verified).append(", \"seconds\": ").append(round(seconds))
                .append(", \"perSecond\": ").append(round(verified / seconds)).append(", \"intact\": ")
                .append(field(verification, "intact")).append("}, ");

        if (!replay) {
            return out.append("\"replay\": null}").toString();
        }
        // Every projection rebuilt from the first event at once, as after a release that changes them all.
        List<String> groups = List.of("person-registry", "family-books", "passports", "agencies", "contracts", "grievances", "flags");
        long replayStart = System.nanoTime();
        Map<String, String> replays = new java.util.LinkedHashMap<>();
        for (String group : groups) {
            replays.put(group, id(call("AUDITOR", "POST", "/api/audit/replays", "{\"processingGroup\": \"" + group + "\"}").body()));
        }
        long events = 0;
        StringBuilder perGroup = new StringBuilder();
        Map<String, String> finished = new java.util.LinkedHashMap<>();
        Map<String, Double> finishedAfter = new HashMap<>();
        while (finished.size() < groups.size()) {
            TimeUnit.MILLISECONDS.sleep(200);
            for (String group : groups) {
                if (!finished.containsKey(group)) {
                    String progress = call("AUDITOR", "GET", "/api/audit/replays/" + replays.get(group), null).body();
                    if (!"RUNNING".equals(field(progress, "state"))) {
                        finished.put(group, progress);
                        finishedAfter.put(group, (System.nanoTime() - replayStart) / 1e9);
                    }
                }
            }
        }
        for (String group : groups) {
            String progress = finished.get(group);
            long head = Long.parseLong(field(progress, "head"));
            events += head;
            double groupSeconds = finishedAfter.get(group);
            perGroup.append(perGroup.length() == 0 ? "" : ", ").append("\"").append(group).append("\": {\"events\": ")
                    .append(head).append(", \"seconds\": ").append(round(groupSeconds)).append(", \"perSecond\": ")
                    .append(round(head / groupSeconds)).append(", \"state\": \"").append(field(progress, "state")).append("\"}");
        }
        double replaySeconds = (System.nanoTime() - replayStart) / 1e9;
        out.append("\"replay\": {\"eventsTimesProjections\": ").append(events).append(", \"seconds\": ")
                .append(round(replaySeconds)).append(", \"perSecond\": ").append(round(events / replaySeconds))
                .append(", \"projections\": {").append(perGroup).append("}}");
        return out.append("}").toString();
    }

    private String longContract(int events) throws Exception {
        String worker = persons.get(0);
        String contract = id(call("LABOUR_OFFICER", "POST", "/api/contracts", "{\"workerPersonId\": \"" + worker
                + "\", \"channel\": \"MOU\", \"employerName\": \"Bench Farm\", \"destinationCountry\": \"TH\", "
                + "\"sector\": \"AGRICULTURE\", \"jobTitle\": \"picker\", \"monthlyWage\": {\"amount\": 9000, \"currency\": \"THB\"}, "
                + "\"durationMonths\": 24, \"contractLanguage\": \"lo\", \"signedOn\": \"" + LocalDate.now().minusDays(30) + "\"}"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 1; i < events; i++) {
            pool.submit(() -> call("LABOUR_OFFICER", "POST", "/api/contracts/" + contract + "/fees", fee()));
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        return contract;
    }

    private static String fee() {
        return "{\"payer\": \"EMPLOYER\", \"payeeName\": \"Bench agency\", \"type\": \"TRAINING\", "
                + "\"amount\": {\"amount\": 10, \"currency\": \"THB\"}, \"paidOn\": \"" + LocalDate.now() + "\", \"receiptNumber\": \"R\"}";
    }

    // ----- plumbing

    private HttpResponse<String> call(String role, String method, String path, String body) throws Exception {
        for (int attempt = 0; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", auth.get(role));
            if (body != null) {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 409 || attempt >= 3) {
                if (response.statusCode() / 100 != 2) {
                    String kind = method + " " + path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}").replaceAll("\\?.*", "")
                            + " " + response.statusCode();
                    refused.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                }
                return response;
            }
        }
    }

    private static boolean ok(HttpResponse<String> response) {
        return response.statusCode() / 100 == 2;
    }

    private static String id(HttpResponse<String> response) {
        return ok(response) ? id(response.body()) : null;
    }

    private static String id(String body) {
        Matcher matcher = ID.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static String percentiles(List<Long> nanos) {
        long[] sorted;
        synchronized (nanos) {
            sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        if (sorted.length == 0) {
            return "\"p50ms\": null, \"p95ms\": null, \"p99ms\": null";
        }
        return "\"p50ms\": " + ms(sorted, 0.50) + ", \"p95ms\": " + ms(sorted, 0.95) + ", \"p99ms\": " + ms(sorted, 0.99)
                + ", \"samples\": " + sorted.length;
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return round(sorted[Math.max(0, index)] / 1e6);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** A valid ICAO 9303 TD3 zone for a Lao passport. */
    private static String[] mrz(String number, LocalDate born, LocalDate expires) {
        String line1 = pad("P<LAOBENCH<<HOLDER", 44);
        String doc = pad(number, 9);
        String birth = YYMMDD.format(born);
        String expiry = YYMMDD.format(expires);
        String optional = pad("", 14);
        String part1 = doc + check(doc);
        String part2 = birth + check(birth);
        String part3 = expiry + check(expiry);
        String part4 = optional + check(optional);
        String line2 = part1 + "LAO" + part2 + "F" + part3 + part4 + check(part1 + part2 + part3 + part4);
        return new String[]{line1, line2};
    }

    private static int check(String field) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : Character.isLetter(c) ? c - 'A' + 10 : 0;
            sum += value * weights[i % 3];
        }
        return sum % 10;
    }

    private static String pad(String text, int length) {
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < length) {
            padded.append('<');
        }
        return padded.substring(0, length);
    }
}
