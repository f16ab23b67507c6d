package io.clausewatch.alert.delivery;

import io.clausewatch.alert.safety.CheckedEndpoint;
import io.clausewatch.alert.safety.EndpointGuard;
import io.clausewatch.alert.safety.EndpointRefused;
import io.clausewatch.webhooks.WebhookSignature;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Sends one attempt of a webhook: checks the endpoint's addresses again, signs the body with every
 * live secret, posts it without following redirects, and keeps a bounded excerpt of the answer.
 * Plain-HTTP requests go to the checked address itself with the original {@code Host} header; HTTPS
 * requests go by name, and meet the address the check just put into the JVM's name cache.
 */
public final class WebhookSender {

    static {
        // lets a request to a checked IP address still name the endpoint's host
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    }

    private static final String USER_AGENT = "Clausewatch-Webhooks/1";

    private final HttpClient client;
    private final EndpointGuard guard;
    private final Duration timeout;
    private final int excerptBytes;

    public WebhookSender(EndpointGuard guard, Duration timeout, int excerptBytes) {
        this.guard = guard;
        this.timeout = timeout;
        this.excerptBytes = excerptBytes;
        this.client =
                HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(timeout)
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
    }

    /** Makes one attempt; never throws, every failure becomes an {@link AttemptResult}. */
    public AttemptResult send(DeliveryJob job) {
        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        CheckedEndpoint endpoint;
        try {
            endpoint = guard.check(job.url());
        } catch (EndpointRefused e) {
            return failure(started, startNanos, "refused_address", e.getMessage());
        }

        HttpRequest request = request(job, endpoint, started.getEpochSecond());
        var pending = client.sendAsync(request, BoundedBody.handler(excerptBytes));
        try {
            HttpResponse<String> response =
                    pending.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            return answered(started, startNanos, response);
        } catch (TimeoutException e) {
            pending.cancel(true);
            return failure(started, startNanos, "timeout", "no answer within " + timeout);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return failure(started, startNanos, "io", "interrupted");
        } catch (ExecutionException | CancellationException e) {
            return failure(started, startNanos, errorClassOf(e.getCause()), describe(e.getCause()));
        }
    }

    private HttpRequest request(DeliveryJob job, CheckedEndpoint endpoint, long timestamp) {
        String signatures = sign(job, timestamp);
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(target(endpoint))
                        .timeout(timeout)
                        .header("Content-Type", "application/json")
                        .header("User-Agent", USER_AGENT)
                        .header(WebhookSignature.HEADER_ID, job.webhookId())
                        .header(WebhookSignature.HEADER_TIMESTAMP, Long.toString(timestamp))
                        .header(WebhookSignature.HEADER_SIGNATURE, signatures)
                        .POST(HttpRequest.BodyPublishers.ofString(job.body()));
        if (pinned(endpoint)) {
            builder.header("Host", hostHeader(endpoint.uri()));
        }
        return builder.build();
    }

    private static String sign(DeliveryJob job, long timestamp) {
        StringBuilder header = new StringBuilder();
        for (String secret : job.secrets()) {
            if (!header.isEmpty()) {
                header.append(' ');
            }
            header.append(
                    WebhookSignature.forSecret(secret)
                            .sign(job.webhookId(), timestamp, job.body()));
        }
        return header.toString();
    }

    private static boolean pinned(CheckedEndpoint endpoint) {
        return "http".equalsIgnoreCase(endpoint.uri().getScheme());
    }

    /** The URL to connect to: for plain HTTP, the checked address in place of the name. */
    static URI target(CheckedEndpoint endpoint) {
        URI uri = endpoint.uri();
        if (!pinned(endpoint)) {
            return uri;
        }
        String literal = endpoint.address().getHostAddress();
        if (endpoint.address() instanceof Inet6Address) {
            int zone = literal.indexOf('%');
            literal = "[" + (zone < 0 ? literal : literal.substring(0, zone)) + "]";
        }
        StringBuilder url = new StringBuilder("http://").append(literal);
        if (uri.getPort() != -1) {
            url.append(':').append(uri.getPort());
        }
        url.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            url.append('?').append(uri.getRawQuery());
        }
        return URI.create(url.toString());
    }

    private static String hostHeader(URI uri) {
        return uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    private static AttemptResult answered(
            Instant started, long startNanos, HttpResponse<String> response) {
        int status = response.statusCode();
        Duration retryAfter =
                ResponseClassifier.retryAfter(
                        status,
                        response.headers().firstValue("Retry-After").orElse(null),
                        Instant.now());
        return new AttemptResult(
                started,
                status,
                elapsedMillis(startNanos),
                ResponseClassifier.errorClass(status),
                response.body(),
                retryAfter);
    }

    private static AttemptResult failure(
            Instant started, long startNanos, String errorClass, String detail) {
        return new AttemptResult(
                started, null, elapsedMillis(startNanos), errorClass, detail, null);
    }

    private static long elapsedMillis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    private static String errorClassOf(Throwable error) {
        if (error instanceof HttpConnectTimeoutException) {
            return "connect";
        }
        if (error instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (error instanceof ConnectException) {
            return "connect";
        }
        if (error instanceof SSLException) {
            return "tls";
        }
        return "io";
    }

    private static String describe(Throwable error) {
        String message = error == null ? null : error.getMessage();
        return message == null ? "the request failed" : message;
    }
}
