package io.clausewatch.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Collects a response body and gives up, cancelling the stream, once it passes a size cap. */
final class CappedBodySubscriber implements BodySubscriber<byte[]> {

    private final int maxBytes;
    private final boolean refuseAll;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBodySubscriber(int maxBytes) {
        this(maxBytes, false);
    }

    private CappedBodySubscriber(int maxBytes, boolean refuseAll) {
        this.maxBytes = maxBytes;
        this.refuseAll = refuseAll;
        if (refuseAll) {
            result.completeExceptionally(tooLarge(maxBytes));
        }
    }

    /** For a body whose declared length already passes the cap: fails without reading it. */
    static CappedBodySubscriber refusing(int maxBytes) {
        return new CappedBodySubscriber(maxBytes, true);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (refuseAll) {
            subscription.cancel();
            return;
        }
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (buffer.size() + item.remaining() > maxBytes) {
                subscription.cancel();
                result.completeExceptionally(tooLarge(maxBytes));
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            buffer.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    static CrawlFailure tooLarge(int maxBytes) {
        return new CrawlFailure(
                FailureClass.TOO_LARGE, "the response body exceeds " + maxBytes + " bytes");
    }
}
