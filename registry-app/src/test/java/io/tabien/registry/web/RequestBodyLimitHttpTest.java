package io.tabien.registry.web;

import io.tabien.registry.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request body over the limit (1 MB) is refused with 413 before the registry reads it whole: a declared length is
 * enough, and a chunked body is read no further than the limit. Raw sockets, so that the test controls what is sent
 * and when, as a client that does not wait for the answer would.
 */
class RequestBodyLimitHttpTest extends IntegrationTest {

    private static final int LIMIT = 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    private String registrar;

    @BeforeEach
    void registrar() {
        String username = "registrar-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/api/admin/users", """
                {"username": "%s", "password": "%s", "roles": ["REGISTRAR"], "office": "LA-XE"}"""
                .formatted(username, PASSWORD)).status()).isEqualTo(201);
        registrar = "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeItIsSent() throws IOException {
        long before = eventCount();

        // Twenty megabytes announced, a few bytes sent: the answer cannot have waited for the rest.
        Answer answer = exchange(head("Content-Length: " + 20 * LIMIT), "{\"givenName\": \"".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("/api/problems#body-too-large");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyIsReadNoFurtherThanTheLimit() throws IOException {
        long before = eventCount();
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        byte[] chunk = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        for (int sent = 0; sent <= LIMIT; sent += chunk.length) {
            chunks.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunks.write(chunk);
            chunks.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }

        // Never terminated: a registry that read to the end of the body would never answer.
        Answer answer = exchange(head("Transfer-Encoding: chunked"), chunks.toByteArray());

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void bodiesUpToTheLimitAreTakenChunkedOrNot() throws IOException {
        long before = eventCount();
        String birth = """
                {"givenName": "ແສງ", "familyName": "ວົງສາ", "sex": "F", "dateOfBirth": "2025-03-01",
                 "placeOfBirth": {"province": "LA-XE", "district": "1501"}}""";
        byte[] atTheLimit = (birth + " ".repeat(LIMIT - birth.getBytes(StandardCharsets.UTF_8).length))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(atTheLimit).hasSize(LIMIT);

        Answer declared = exchange(head("Content-Length: " + LIMIT), atTheLimit);
        byte[] small = birth.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        chunked.write((Integer.toHexString(small.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunked.write(small);
        chunked.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        Answer inChunks = exchange(head("Transfer-Encoding: chunked"), chunked.toByteArray());

        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        assertThat(inChunks.status()).as(inChunks.body()).isEqualTo(201);
        assertThat(eventCount()).isEqualTo(before + 2);
    }

    private String head(String framing) {
        return "POST /api/births HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\n"
                + "Authorization: " + registrar + "\r\n"
                + "Content-Type: application/json\r\n"
                + framing + "\r\n"
                + "Connection: close\r\n"
                + "\r\n";
    }

    private Answer exchange(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(body);
                out.flush();
            } catch (SocketException closedEarly) {
                // The registry answered and closed the connection before taking all of it: read the answer.
            }
            return Answer.read(socket.getInputStream());
        }
    }

    private record Answer(int status, String headers, String body) {

        /** One answer: its head, then a body of the declared length, in chunks, or up to the end of the stream. */
        static Answer read(InputStream in) throws IOException {
            String headers = line(in, "\r\n\r\n");
            String length = header(headers, "content-length");
            byte[] body;
            if (length != null) {
                body = in.readNBytes(Integer.parseInt(length));
            } else if ("chunked".equalsIgnoreCase(header(headers, "transfer-encoding"))) {
                ByteArrayOutputStream chunks = new ByteArrayOutputStream();
                for (int size; (size = Integer.parseInt(line(in, "\r\n").strip(), 16)) > 0; line(in, "\r\n")) {
                    chunks.write(in.readNBytes(size));
                }
                body = chunks.toByteArray();
            } else {
                body = in.readAllBytes();
            }
            return new Answer(Integer.parseInt(headers.substring(9, 12)), headers,
                    new String(body, StandardCharsets.UTF_8));
        }

        private static String line(InputStream in, String end) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            while (!line.toString(StandardCharsets.US_ASCII).endsWith(end)) {
                int next = in.read();
                if (next < 0) {
                    throw new IOException("the registry closed the connection without an answer: " + line);
                }
                line.write(next);
            }
            String text = line.toString(StandardCharsets.US_ASCII);
            return text.substring(0, text.length() - end.length());
        }

        private static String header(String headers, String name) {
            for (String line : headers.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith(name + ":")) {
                    return line.substring(name.length() + 1).strip();
                }
            }
            return null;
        }

        String contentType() {
            return header(headers, "content-type");
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
