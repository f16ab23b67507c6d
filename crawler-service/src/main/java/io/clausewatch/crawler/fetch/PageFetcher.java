package io.clausewatch.crawler.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Fetches one URL with a conditional GET: redirects followed by hand (each hop checked by the
 * {@link AddressGuard}, at most {@link FetchLimits#maxRedirects()}), one deadline for the whole
 * exchange, a body cap before and after decompression. Every way it can fail ends in a {@link
 * CrawlFailure} with its class.
 *
 * <p>DNS rebinding: a name checked by the guard could resolve to another address when the client
 * connects. Plain-HTTP requests therefore go to the checked address itself, the name travelling in
 * the {@code Host} header (the approach of alert-service's webhook sender). HTTPS requests go by
 * name: the handshake verifies the server's certificate against that name, and an internal server
 * that a rebound answer points at cannot present a certificate for a name it does not own, so the
 * handshake fails before a request is sent. What a rebound HTTPS name still gets is a TCP connect
 * and a TLS hello to the internal address, never a request or a body. Pinning HTTPS as well would
 * need the handshake to verify a name other than the connected host, which the JDK client does not
 * offer per request.
 */
public final class PageFetcher {

    static {
        // lets a request addressed to a checked IP literal still name its host
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    }

    private final HttpClient client;
    private final FetchLimits limits;
    private final AddressGuard guard;
    private final String userAgent;

    public PageFetcher(FetchLimits limits, AddressGuard guard, String userAgent) {
        this.limits = limits;
        this.guard = guard;
        this.userAgent = userAgent;
        this.client =
                HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(limits.connectTimeout())
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
    }

    public FetchedPage fetch(URI uri, Validators validators) {
        URI current = uri;
        for (int hop = 0; hop <= limits.maxRedirects(); hop++) {
            InetAddress checked = guard.check(current).getFirst();
            HttpResponse<byte[]> response =
                    exchange(current, checked, hop == 0 ? validators : Validators.NONE);
            int status = response.statusCode();
            if (isRedirect(status)) {
                current = redirectTarget(current, response);
                continue;
            }
            return toPage(current, response);
        }
        throw new CrawlFailure(
                FailureClass.HTTP_STATUS,
                "more than " + limits.maxRedirects() + " redirects (a redirect loop?)",
                null);
    }

    private FetchedPage toPage(URI uri, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String etag = response.headers().firstValue("ETag").orElse(null);
        String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
        if (status == 304) {
            return new FetchedPage(uri, true, null, null, etag, lastModified);
        }
        if (status < 200 || status > 299) {
            throw new CrawlFailure(
                    FailureClass.HTTP_STATUS, "the server answered HTTP " + status, status);
        }
        String encoding = response.headers().firstValue("Content-Encoding").orElse(null);
        byte[] body = ContentDecoding.decode(response.body(), encoding, limits.maxBodyBytes());
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        return new FetchedPage(uri, false, body, contentType, etag, lastModified);
    }

    private HttpResponse<byte[]> exchange(URI uri, InetAddress checked, Validators validators) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(connectTarget(uri, checked))
                        .timeout(limits.requestTimeout())
                        .header("User-Agent", userAgent)
                        .header(
                                "Accept",
                                "text/html,application/xhtml+xml,application/pdf,"
                                        + "text/plain;q=0.9,*/*;q=0.5")
                        .header("Accept-Encoding", "gzip, deflate")
                        .GET();
        if (isPinned(uri)) {
            request.header(
                    "Host",
                    uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
        }
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request.build(), this::bodyHandler);
        return await(future, uri);
    }

    private static boolean isPinned(URI uri) {
        return "http".equalsIgnoreCase(uri.getScheme());
    }

    /** For plain HTTP, the URL with the checked address in place of the name; else the URL. */
    static URI connectTarget(URI uri, InetAddress checked) {
        if (!isPinned(uri)) {
            return uri;
        }
        String literal = checked.getHostAddress();
        if (checked instanceof Inet6Address) {
            int zone = literal.indexOf('%');
            literal = "[" + (zone < 0 ? literal : literal.substring(0, zone)) + "]";
        }
        String path =
                uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        return URI.create("http://" + literal + port + path + query);
    }

    private HttpResponse.BodySubscriber<byte[]> bodyHandler(HttpResponse.ResponseInfo info) {
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > limits.maxBodyBytes()) {
            return CappedBodySubscriber.refusing(limits.maxBodyBytes());
        }
        return new CappedBodySubscriber(limits.maxBodyBytes());
    }

    private HttpResponse<byte[]> await(CompletableFuture<HttpResponse<byte[]>> future, URI uri) {
        try {
            HttpResponse<byte[]> response =
                    future.get(limits.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (response.body() == null
                    && !isRedirect(response.statusCode())
                    && response.statusCode() != 304) {
                throw CappedBodySubscriber.tooLarge(limits.maxBodyBytes());
            }
            return response;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new CrawlFailure(
                    FailureClass.TIMEOUT,
                    "no complete answer from "
                            + uri.getHost()
                            + " within "
                            + limits.requestTimeout().toSeconds()
                            + " s");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CrawlFailure(FailureClass.INTERNAL, "interrupted while fetching");
        } catch (ExecutionException e) {
            throw classify(e.getCause(), uri);
        }
    }

    static CrawlFailure classify(Throwable cause, URI uri) {
        Throwable root = cause;
        while (root != null) {
            if (root instanceof CrawlFailure failure) {
                return failure;
            }
            if (root instanceof HttpConnectTimeoutException) {
                return new CrawlFailure(
                        FailureClass.TIMEOUT, "connecting to " + uri.getHost() + " timed out");
            }
            if (root instanceof HttpTimeoutException) {
                return new CrawlFailure(
                        FailureClass.TIMEOUT, "the response from " + uri.getHost() + " timed out");
            }
            if (root instanceof UnknownHostException
                    || root instanceof UnresolvedAddressException) {
                return new CrawlFailure(
                        FailureClass.DNS, "host " + uri.getHost() + " could not be resolved");
            }
            if (root instanceof SSLException) {
                return new CrawlFailure(
                        FailureClass.TLS,
                        "TLS with " + uri.getHost() + " failed: " + root.getMessage());
            }
            if (root instanceof ConnectException) {
                return new CrawlFailure(
                        FailureClass.CONNECT, "could not connect to " + uri.getHost());
            }
            root = root.getCause();
        }
        String what = cause instanceof IOException ? "the connection failed" : "the fetch failed";
        return new CrawlFailure(FailureClass.CONNECT, what + " (" + uri.getHost() + ")");
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(URI from, HttpResponse<byte[]> response) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null || location.isBlank()) {
            throw new CrawlFailure(
                    FailureClass.HTTP_STATUS,
                    "redirect without a Location header",
                    response.statusCode());
        }
        try {
            return from.resolve(location.trim());
        } catch (IllegalArgumentException e) {
            throw new CrawlFailure(FailureClass.INVALID_URL, "redirect to an invalid URL");
        }
    }
}
