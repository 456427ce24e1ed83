package io.tabien.registry.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The web pages as a logged-in user's browser asks for them, without drawing them: a session cookie and HTML. */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;

    private PageSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public record Page(int status, String body) {
    }

    public static PageSession logIn(String baseUrl, String username, String password) {
        PageSession session = new PageSession(baseUrl);
        Matcher token = CSRF.matcher(session.get("/login").body());
        if (!token.find()) {
            throw new IllegalStateException("the login page carries no CSRF token");
        }
        Page answer = session.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encoded(username) + "&password="
                        + encoded(password) + "&_csrf=" + encoded(token.group(1)))));
        if (answer.status() != 302 || session.get("/").status() != 200) {
            throw new IllegalStateException("could not log in as " + username + ": " + answer.status());
        }
        return session;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** A form sent from the page at {@code from}, with that page's CSRF token, as its submit button sends it. */
    public Page post(String from, String action, Map<String, String> fields) {
        Matcher token = CSRF.matcher(get(from).body());
        if (!token.find()) {
            throw new IllegalStateException(from + " carries no CSRF token");
        }
        StringBuilder body = new StringBuilder("_csrf=" + encoded(token.group(1)));
        fields.forEach((name, value) -> body.append('&').append(encoded(name)).append('=').append(encoded(value)));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A JSON body sent as the page's script sends it, with the session's CSRF token in its header. */
    public Page postJson(String path, String json) {
        return send(withCsrfHeader(HttpRequest.newBuilder(URI.create(baseUrl + path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A form without fields, posted as a button of a page posts it, with the session's CSRF token. */
    public Page postForm(String path) {
        return send(withCsrfHeader(HttpRequest.newBuilder(URI.create(baseUrl + path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The CSRF token the offline script asks {@code GET /sync} for. */
    private HttpRequest.Builder withCsrfHeader(HttpRequest.Builder request) {
        String csrf = get("/sync").body();
        Matcher header = Pattern.compile("\"header\":\"([^\"]+)\"").matcher(csrf);
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(csrf);
        if (!header.find() || !token.find()) {
            throw new IllegalStateException("the session gives no CSRF token");
        }
        return request.header(header.group(1), token.group(1));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
