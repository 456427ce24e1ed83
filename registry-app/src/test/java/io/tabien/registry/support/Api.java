package io.tabien.registry.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The registry's HTTP API as a client sees it. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String authorization;

    private Api(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    public static Api at(int port) {
        return new Api("http://127.0.0.1:" + port, null);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Api as(String username, String password) {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(baseUrl, "Basic " + credentials);
    }

    /** A client sending an access token of an identity provider (single sign-on). */
    public Api bearing(String accessToken) {
        return new Api(baseUrl, "Bearer " + accessToken);
    }

    public Api anonymous() {
        return new Api(baseUrl, null);
    }

    public Response get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public Response post(String path, String body, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST whose answer is a document (a PDF), kept as its bytes. */
    public Document postForDocument(String path, String body, String... headers) {
        HttpRequest.Builder request = request(path, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        try {
            return new Document(http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request with a body of any media type, such as a web form. */
    public Response send(String method, String path, String contentType, String body, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            return new Response(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Document(HttpResponse<byte[]> http) {

        public int status() {
            return http.statusCode();
        }

        public byte[] bytes() {
            return http.body();
        }

        public String header(String name) {
            return http.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        /** The body as text, for an answer that is not the document (a problem). */
        public String text() {
            return new String(http.body(), StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status() + " " + (contentType() != null && contentType().startsWith("application/pdf")
                    ? "(PDF of " + bytes().length + " bytes)" : text());
        }
    }

    public record Response(HttpResponse<String> http) {

        public int status() {
            return http.statusCode();
        }

        public String body() {
            return http.body();
        }

        public JsonNode json() {
            return JSON.readTree(http.body());
        }

        public String header(String name) {
            return http.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
