package io.clausewatch.alert.delivery;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Keeps the first bytes of an endpoint's answer and stops reading there, so a huge or endless body
 * costs nothing beyond the excerpt.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<String> {

    private final byte[] kept;
    private final CompletableFuture<String> result = new CompletableFuture<>();
    private int length;
    private Flow.Subscription subscription;

    BoundedBody(int limit) {
        this.kept = new byte[limit];
    }

    static HttpResponse.BodyHandler<String> handler(int limit) {
        return info -> new BoundedBody(limit);
    }

    @Override
    public CompletionStage<String> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            int take = Math.min(buffer.remaining(), kept.length - length);
            buffer.get(kept, length, take);
            length += take;
        }
        if (length == kept.length) {
            subscription.cancel();
            finish();
        }
    }

    @Override
    public void onError(Throwable error) {
        finish();
    }

    @Override
    public void onComplete() {
        finish();
    }

    private void finish() {
        result.complete(new String(kept, 0, length, StandardCharsets.UTF_8));
    }
}
