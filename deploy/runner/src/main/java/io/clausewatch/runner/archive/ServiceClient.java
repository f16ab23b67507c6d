package io.clausewatch.runner.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A small JSON client for one Clausewatch service. Transport failures become {@link
 * ServiceException}s that name the request, so a command can say what it could not reach.
 */
public final class ServiceClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String bearer;

    /**
     * @param bearer an API key sent as {@code Authorization: Bearer}, or null for none
     */
    public ServiceClient(String baseUrl, String bearer) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.bearer = bearer;
    }

    /** A response: its status and its body parsed as JSON (a missing node when not JSON). */
    public record Answer(int status, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
            } catch (JsonProcessingException e) {
                return JSON.missingNode();
            }
        }

        /** The problem's detail or title when the body is an RFC 9457 problem, else the body. */
        public String problem() {
            JsonNode json = json();
            String detail = json.path("detail").asText(json.path("title").asText(""));
            return detail.isEmpty() ? body : detail;
        }
    }

    /** The request failed before an answer came back. */
    public static final class ServiceException extends RuntimeException {
        ServiceException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Answer get(String path) {
        return send(request(path).GET().build());
    }

    public Answer post(String path, Object body) {
        return send(request(path).POST(json(body)).build());
    }

    public Answer put(String path, Object body) {
        return send(request(path).PUT(json(body)).build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept", "application/json")
                        .header("Content-Type", "application/json");
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + body, e);
        }
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new ServiceException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceException("interrupted: " + request.method() + " " + request.uri(), e);
        }
    }
}
