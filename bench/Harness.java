import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 *   <li>{@code closed --workload=births|mixed --clients=16 --seconds=30 --warmup=10}: as many requests as 16 clients
 *       can send, after a warm-up that is not counted</li>
 *   <li>{@code sync --batch=100 --clients=4 --seconds=30 --warmup=10}: births sent in sync batches</li>
 *   <li>{@code open --workload=... --rate=R --seconds=30 --warmup=10 --min-samples=5000}: requests at a fixed rate;
 *       latency counted from the moment each request was due, so a slow server cannot hide its queueing</li>
 *   <li>{@code probe --as-of-events=1000 --big-aggregate=10000 --samples=200 --search-samples=200}: person search,
 *       flags, as-of state, a command on a long stream, chain verification</li>
 *   <li>{@code search --search-samples=200}: person search alone, as the probe runs it, for a change to search to be
 *       measured on a database already seeded and rebuilt</li>
 * </ul>
 * Every write carries an Idempotency-Key, as the registry's own clients send one. Each counted window reports the CPU
 * seconds the registry ({@code --registry-pid}), PostgreSQL (every process of the server whose postmaster is
 * {@code --postmaster-pid}, exited backends included) and this load generator spent in it.
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

    /** Share of births that register again a birth the load registered before, as a clerk entering a form twice. */
    private static final int DUPLICATE_ONE_IN = 50;
    private final List<String> registeredBirths = new CopyOnWriteArrayList<>();
    private final Cpu cpu;

    Harness(String base, Cpu cpu) {
        this.base = base;
        this.cpu = cpu;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        Harness harness = new Harness(options.getOrDefault("base", "http://127.0.0.1:8080"),
                new Cpu(Long.parseLong(options.getOrDefault("registry-pid", "0")),
                        Long.parseLong(options.getOrDefault("postmaster-pid", "0")),
                        Integer.parseInt(options.getOrDefault("clock-ticks", "100"))));
        harness.setUp(options.getOrDefault("admin", "admin:admin"));
        String workload = options.getOrDefault("workload", "births");
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        switch (args[0]) {
            case "closed" -> System.out.println(harness.closed(workload, clients, seconds, warmup));
            case "sync" -> System.out.println(harness.sync(Integer.parseInt(options.getOrDefault("batch", "100")),
                    clients, seconds, warmup));
            case "open" -> System.out.println(harness.open(workload, Double.parseDouble(options.getOrDefault("rate", "100")),
                    seconds, warmup, Integer.parseInt(options.getOrDefault("min-samples", "0"))));
            case "probe" -> System.out.println(harness.probe(Integer.parseInt(options.getOrDefault("as-of-events", "1000")),
                    Integer.parseInt(options.getOrDefault("big-aggregate", "10000")),
                    Integer.parseInt(options.getOrDefault("samples", "200")),
                    Integer.parseInt(options.getOrDefault("search-samples", "200"))));
            case "search" -> System.out.println(harness.searchOnly(
                    Integer.parseInt(options.getOrDefault("search-samples", "200"))));
            default -> throw new IllegalArgumentException("closed, sync, open, probe or search");
        }
        System.exit(0);
    }

    // ----- setting up users and a few records to refer to

    void setUp(String admin) throws Exception {
        auth.put("ADMIN", basic(admin));
        // {who, role, office}: the registrar of the province records the births; the one of district 1501 searches.
        for (String[] user : new String[][]{{"REGISTRAR", "REGISTRAR", "LA-XE"}, {"DISTRICT_REGISTRAR", "REGISTRAR", "1501"},
                {"PASSPORT_OFFICER", "PASSPORT_OFFICER", null}, {"LABOUR_OFFICER", "LABOUR_OFFICER", null},
                {"LABOUR_ATTACHE", "LABOUR_ATTACHE", "TH"}, {"AUDITOR", "AUDITOR", null}}) {
            String name = ("bench-" + user[0] + "-" + run).toLowerCase(Locale.ROOT).replace('_', '-');
            String password = "bench-password-" + run;
            String office = user[2] == null ? "" : ", \"office\": \"" + user[2] + "\"";
            call("ADMIN", "POST", "/api/admin/users", "{\"username\": \"" + name + "\", \"password\": \"" + password
                    + "\", \"roles\": [\"" + user[1] + "\"]" + office + "}");
            auth.put(user[0], basic(name + ":" + password));
        }
        for (int i = 0; i < 20; i++) {
            birth();
        }
    }

    // ----- workloads

    /**
     * As many requests as the clients can send. The same clients first run {@code warmup} seconds uncounted, so that
     * neither this JVM's nor the registry's just-in-time compilation is counted as the registry's speed.
     */
    String closed(String workload, int clients, int seconds, int warmup) throws Exception {
        loop(clients, warmup, () -> operation(workload) ? 1 : 0, new ArrayList<>(), new AtomicLong(), new AtomicLong());
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Window window = begin();
        loop(clients, seconds, () -> operation(workload) ? 1 : 0, latencies, ok, failed);
        return "{\"workload\": \"" + workload + "\", \"mode\": \"closed\", \"clients\": " + clients + ", \"seconds\": "
                + seconds + ", \"warmupSeconds\": " + warmup + ", \"ok\": " + ok + ", \"failed\": " + failed
                + ", \"perSecond\": " + round(ok.get() / (double) seconds) + ", \"refused\": \"" + refused + "\", "
                + percentiles(latencies) + ", " + end(window) + "}";
    }

    /**
     * Births sent in sync batches of {@code batch} entries, each entry with its idempotency key and a mother, as an
     * office's tablet sends what it captured offline. Counts the entries the registry accepted (201), not requests.
     * A batch holds one database connection for all its entries, hence fewer clients than the connection pool.
     */
    String sync(int batch, int clients, int seconds, int warmup) throws Exception {
        loop(clients, warmup, () -> syncBatch(batch), new ArrayList<>(), new AtomicLong(), new AtomicLong());
        AtomicLong accepted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Window window = begin();
        loop(clients, seconds, () -> syncBatch(batch), latencies, accepted, failed);
        return "{\"workload\": \"births in sync batches\", \"mode\": \"closed\", \"batch\": " + batch
                + ", \"clients\": " + clients + ", \"seconds\": " + seconds + ", \"warmupSeconds\": " + warmup
                + ", \"accepted\": " + accepted + ", \"failed\": " + failed + ", \"perSecond\": "
                + round(accepted.get() / (double) seconds) + ", \"refused\": \"" + refused + "\", \"batchLatency\": {"
                + percentiles(latencies) + "}, " + end(window) + "}";
    }

    /** Counts of what one request achieved: births accepted, or 1 for a request that succeeded. */
    @FunctionalInterface
    interface Request {
        int send() throws Exception;

        @FunctionalInterface
        interface Call {
            HttpResponse<String> send() throws Exception;
        }
    }

    /** {@code clients} threads sending requests back to back for {@code seconds}; a request is counted when it ends. */
    private void loop(int clients, int seconds, Request request, List<Long> latencies, AtomicLong ok, AtomicLong failed)
            throws Exception {
        if (seconds <= 0) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Long> timed = Collections.synchronizedList(latencies);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    int achieved;
                    try {
                        achieved = request.send();
                    } catch (Exception e) {
                        refused.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                        achieved = 0;
                    }
                    timed.add(System.nanoTime() - start);
                    if (achieved > 0) {
                        ok.addAndGet(achieved);
                    } else {
                        failed.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
    }

    private int syncBatch(int size) throws Exception {
        List<String> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            entries.add("{\"kind\": \"birth\", \"idempotencyKey\": \"" + UUID.randomUUID() + "\", \"recordedAt\": \""
                    + java.time.Instant.now() + "\", \"body\": " + birthBody() + "}");
        }
        HttpResponse<String> answer = call("REGISTRAR", "POST", "/api/sync", "{\"entries\": [" + String.join(",", entries) + "]}");
        if (!ok(answer)) {
            return 0;
        }
        int accepted = 0;
        Matcher created = Pattern.compile("\"idempotencyKey\"\\s*:\\s*\"[^\"]*\"\\s*,\\s*\"status\"\\s*:\\s*(\\d+)")
                .matcher(answer.body());
        while (created.find()) {
            if (created.group(1).equals("201")) {
                accepted++;
            } else {
                refused.computeIfAbsent("sync entry " + created.group(1), k -> new AtomicLong()).incrementAndGet();
            }
        }
        return accepted;
    }

    /**
     * Requests at a fixed rate, each timed from the moment it was due, so that a stall shows in the latency of every
     * request queued behind it. The first {@code warmup} seconds warm this client and the server's code paths up and
     * are not counted: a cold start would otherwise leave a backlog that the rest of the run inherits. The counted
     * window lasts long enough for {@code minSamples} requests.
     */
    String open(String workload, double rate, int seconds, int warmup, int minSamples) throws Exception {
        paced(workload, rate, warmup, new ArrayList<>(), new AtomicLong(), new AtomicLong());
        int counted = Math.max(seconds, (int) Math.ceil(minSamples / rate));
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Window window = begin();
        paced(workload, rate, counted, latencies, ok, failed);
        return "{\"workload\": \"" + workload + "\", \"mode\": \"open\", \"rate\": " + round(rate) + ", \"seconds\": "
                + counted + ", \"warmupSeconds\": " + warmup + ", \"ok\": " + ok + ", \"failed\": " + failed
                + ", \"refused\": \"" + refused + "\", " + percentiles(latencies) + ", " + end(window) + "}";
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

    /**
     * A birth in district 1501 of Xekong with its mother, named as the volume seeder names mothers so that the
     * duplicate-birth rule compares it with the seeded births of the same mother; one in {@value #DUPLICATE_ONE_IN}
     * registers again a birth of this load under a new key, which the rule flags.
     */
    String birth() throws Exception {
        String body = registeredBirths.size() > 10 && ThreadLocalRandom.current().nextInt(DUPLICATE_ONE_IN) == 0
                ? registeredBirths.get(ThreadLocalRandom.current().nextInt(registeredBirths.size())) : birthBody();
        HttpResponse<String> created = call("REGISTRAR", "POST", "/api/births", body);
        String id = id(created);
        if (id != null) {
            String born = field(body, "dateOfBirth");
            persons.add(id);
            homeless.add(id + "|" + born);
            unpassported.add(id + "|" + born);
            if (registeredBirths.size() < 1000) {
                registeredBirths.add(body);
            }
        }
        return id;
    }

    private static String birthBody() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int n = random.nextInt(SYLLABLES.length);
        String born = LocalDate.of(1970 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString();
        String mother = "ນາງ " + SYLLABLES[random.nextInt(SYLLABLES.length)];
        return "{\"givenName\": \"" + SYLLABLES[n] + SYLLABLES[(n + 3) % SYLLABLES.length] + "\", \"familyName\": \""
                + SYLLABLES[(n + 5) % SYLLABLES.length] + "\", \"givenNameLatin\": \"" + LATIN[n] + LATIN[(n + 3) % LATIN.length]
                + "\", \"sex\": \"F\", \"dateOfBirth\": \"" + born + "\", \"placeOfBirth\": {\"province\": \"LA-XE\", "
                + "\"district\": \"1501\"}, \"mother\": {\"name\": \"" + mother + "\"}, \"informant\": \"" + mother + "\"}";
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

    /**
     * The read and audit side, each figure over {@code samples} requests (person search: {@code searchSamples} per
     * kind of query and reader) after a few uncounted ones. The run calls it once every processor is at the head and
     * the tables are analysed, so that no probe competes with a backlog.
     */
    String probe(int asOfEvents, int bigAggregate, int samples, int searchSamples) throws Exception {
        StringBuilder out = new StringBuilder("{");
        out.append("\"search\": {\"registrarOfDistrict\": ").append(search("DISTRICT_REGISTRAR", searchSamples))
                .append(", \"auditor\": ").append(search("AUDITOR", searchSamples)).append("}, ");

        out.append("\"flags\": {\"registrarOfDistrict\": ").append(timed(samples, () -> call("DISTRICT_REGISTRAR", "GET", "/api/flags", null)))
                .append(", \"auditor\": ").append(timed(samples, () -> call("AUDITOR", "GET", "/api/flags", null)))
                .append(", \"duplicateBirthFlagsUpTo100\": ").append(count(call("AUDITOR", "GET",
                        "/api/flags?rule=CIV-POSSIBLE-DUPLICATE&limit=100", null).body(), "\"rule\"")).append("}, ");

        String contract = longContract(null, asOfEvents);
        out.append("\"asOf\": {\"events\": ").append(asOfEvents).append(", ")
                .append(inner(timed(samples, () -> call("AUDITOR", "GET", "/api/audit/aggregates/" + contract + "/state", null))))
                .append("}, ");

        longContract(contract, bigAggregate - asOfEvents);
        out.append("\"commandOnLongStream\": {\"events\": ").append(bigAggregate).append(", ")
                .append(inner(timed(samples, () -> call("LABOUR_OFFICER", "POST", "/api/contracts/" + contract + "/fees", fee()))))
                .append("}, ");

        // The first verification reads the chain into the database's cache and warms its code; the second is counted.
        call("AUDITOR", "GET", "/api/audit/verification", null);
        Window window = begin();
        long start = System.nanoTime();
        String verification = call("AUDITOR", "GET", "/api/audit/verification", null).body();
        double seconds = (System.nanoTime() - start) / 1e9;
        long verified = Long.parseLong(field(verification, "eventsVerified"));
        out.append("\"verification\": {\"events\": ").append(verified).append(", \"seconds\": ").append(round(seconds))
                .append(", \"perSecond\": ").append(round(verified / seconds)).append(", \"intact\": ")
                .append(field(verification, "intact")).append(", ").append(end(window)).append("}");
        return out.append(", \"refused\": \"").append(refused).append("\"}").toString();
    }

    /** Kinds of query a clerk types, each drawn from the syllables the seeded and loaded names are made of. */
    private static final Map<String, java.util.function.Supplier<String>> QUERIES = new java.util.LinkedHashMap<>();

    static {
        QUERIES.put("fullRomanizedNames", () -> latin() + latin() + " " + latin() + latin());
        QUERIES.put("laoGivenNames", () -> lao() + lao());
        QUERIES.put("misspelledNames", () -> {
            String second = latin();
            return latin() + second.substring(0, second.length() - 1) + (second.endsWith("e") ? "i" : "e");
        });
        QUERIES.put("romanizedAndLaoScript", () -> ThreadLocalRandom.current().nextBoolean()
                ? latin() + latin() + " " + lao() + lao() : lao() + lao() + " " + latin() + latin());
    }

    private static String latin() {
        return LATIN[ThreadLocalRandom.current().nextInt(LATIN.length)];
    }

    private static String lao() {
        return SYLLABLES[ThreadLocalRandom.current().nextInt(SYLLABLES.length)];
    }

    String searchOnly(int perKind) throws Exception {
        return "{\"registrarOfDistrict\": " + search("DISTRICT_REGISTRAR", perKind) + ", \"auditor\": "
                + search("AUDITOR", perKind) + "}";
    }

    /** Person search as {@code who}: each kind of query on its own, and all of them together. */
    private String search(String who, int perKind) throws Exception {
        for (int i = 0; i < 20; i++) {
            for (var query : QUERIES.values()) {
                call(who, "GET", "/api/persons?limit=20&q=" + URLEncoder.encode(query.get(), StandardCharsets.UTF_8), null);
            }
        }
        List<Long> all = new ArrayList<>();
        StringBuilder kinds = new StringBuilder();
        Window window = begin();
        for (var query : QUERIES.entrySet()) {
            List<Long> latencies = new ArrayList<>();
            int found = 0;
            for (int i = 0; i < perKind; i++) {
                String q = query.getValue().get();
                long start = System.nanoTime();
                HttpResponse<String> answer = call(who, "GET", "/api/persons?limit=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null);
                latencies.add(System.nanoTime() - start);
                found += ok(answer) && ID.matcher(answer.body()).find() ? 1 : 0;
            }
            all.addAll(latencies);
            kinds.append(", \"").append(query.getKey()).append("\": {").append(percentiles(latencies))
                    .append(", \"withResults\": ").append(found).append("}");
        }
        return "{" + percentiles(all) + kinds + ", " + end(window) + "}";
    }

    /** {@code samples} requests one after another, after ten uncounted ones; their latencies and the CPU spent. */
    private String timed(int samples, Request.Call request) throws Exception {
        for (int i = 0; i < 10; i++) {
            request.send();
        }
        List<Long> latencies = new ArrayList<>();
        Window window = begin();
        int failed = 0;
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = request.send();
            latencies.add(System.nanoTime() - start);
            failed += ok(answer) ? 0 : 1;
        }
        return "{" + percentiles(latencies) + ", \"failed\": " + failed + ", " + end(window) + "}";
    }

    private static String inner(String object) {
        return object.substring(1, object.length() - 1);
    }

    private static int count(String text, String part) {
        int found = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            found++;
        }
        return found;
    }

    /** A contract (new when {@code contract} is null) given {@code events} more events: fees, four writers at once. */
    private String longContract(String contract, int events) throws Exception {
        String id = contract != null ? contract : id(call("LABOUR_OFFICER", "POST", "/api/contracts", "{\"workerPersonId\": \""
                + persons.get(0) + "\", \"channel\": \"MOU\", \"employerName\": \"Bench Farm\", \"destinationCountry\": \"TH\", "
                + "\"sector\": \"AGRICULTURE\", \"jobTitle\": \"picker\", \"monthlyWage\": {\"amount\": 9000, \"currency\": \"THB\"}, "
                + "\"durationMonths\": 24, \"contractLanguage\": \"lo\", \"signedOn\": \"" + LocalDate.now().minusDays(30) + "\"}"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = contract != null ? 0 : 1; i < events; i++) {
            pool.submit(() -> call("LABOUR_OFFICER", "POST", "/api/contracts/" + id + "/fees", fee()));
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        return id;
    }

    private static String fee() {
        return "{\"payer\": \"EMPLOYER\", \"payeeName\": \"Bench agency\", \"type\": \"TRAINING\", "
                + "\"amount\": {\"amount\": 10, \"currency\": \"THB\"}, \"paidOn\": \"" + LocalDate.now() + "\", \"receiptNumber\": \"R\"}";
    }

    // ----- CPU per process over a counted window

    /** Where a counted window began: its clock and each process's CPU seconds so far. */
    record Window(long startNanos, Map<String, Double> cpu) {
    }

    private Window begin() {
        return new Window(System.nanoTime(), cpu.seconds());
    }

    /** The window's wall-clock seconds and the CPU seconds each process spent in it. */
    private String end(Window window) {
        double wall = (System.nanoTime() - window.startNanos()) / 1e9;
        Map<String, Double> now = cpu.seconds();
        StringBuilder spent = new StringBuilder();
        for (var process : now.entrySet()) {
            spent.append(spent.length() == 0 ? "" : ", ").append("\"").append(process.getKey()).append("\": ")
                    .append(round2(process.getValue() - window.cpu().getOrDefault(process.getKey(), 0.0)));
        }
        return "\"wallSeconds\": " + round2(wall) + ", \"cpuSeconds\": {" + spent + "}";
    }

    /**
     * CPU seconds (user and system) from /proc of the registry's JVM, of every process of the PostgreSQL server (the
     * postmaster, its backends and background workers, and through the postmaster's figures for reaped children, the
     * backends that ended), of this load generator, and of the whole machine.
     */
    record Cpu(long registryPid, long postmasterPid, int clockTicks) {

        Map<String, Double> seconds() {
            Map<String, Double> seconds = new java.util.LinkedHashMap<>();
            if (registryPid > 0) {
                seconds.put("registry", own(registryPid));
            }
            if (postmasterPid > 0) {
                double postgres = own(postmasterPid) + reapedChildren(postmasterPid);
                try (var processes = Files.list(Path.of("/proc"))) {
                    for (Path process : (Iterable<Path>) processes::iterator) {
                        String name = process.getFileName().toString();
                        if (name.chars().allMatch(Character::isDigit)) {
                            String[] stat = stat(Long.parseLong(name));
                            if (stat != null && Long.parseLong(stat[1]) == postmasterPid) {
                                postgres += (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) / (double) clockTicks;
                            }
                        }
                    }
                } catch (IOException unreadable) {
                    throw new IllegalStateException(unreadable);
                }
                seconds.put("postgresql", postgres);
            }
            seconds.put("loadGenerator", own(ProcessHandle.current().pid()));
            seconds.put("machine", machine());
            return seconds;
        }

        /** Busy CPU seconds of the whole machine, all cores: what other processes spent shows against the above. */
        private double machine() {
            try {
                String[] total = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long busy = 0;
                // user nice system idle iowait irq softirq steal: all but idle and iowait
                for (int field : new int[]{1, 2, 3, 6, 7, 8}) {
                    busy += Long.parseLong(total[field]);
                }
                return busy / (double) clockTicks;
            } catch (IOException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }

        private double own(long pid) {
            String[] stat = stat(pid);
            return stat == null ? 0 : (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) / (double) clockTicks;
        }

        private double reapedChildren(long pid) {
            String[] stat = stat(pid);
            return stat == null ? 0 : (Long.parseLong(stat[13]) + Long.parseLong(stat[14])) / (double) clockTicks;
        }

        /** The fields of /proc/pid/stat after the command name, from the state on (state, ppid, ...); null if gone. */
        private static String[] stat(long pid) {
            try {
                String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                return line.substring(line.lastIndexOf(')') + 2).split(" ");
            } catch (IOException | RuntimeException gone) {
                return null;
            }
        }
    }

    // ----- plumbing

    /** A write carries an Idempotency-Key, kept when it is sent again after a conflict. */
    private HttpResponse<String> call(String role, String method, String path, String body) throws Exception {
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", auth.get(role));
            if (body != null) {
                request.header("Content-Type", "application/json").header("Idempotency-Key", key)
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
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

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
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
