package org.microcred.verify.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into memory up to a cap; past the cap it cancels the subscription
 * (closing the connection) and fails with {@link TooLarge}. With a cap of -1 it cancels at once
 * and yields an empty body (for redirects and error statuses, whose bodies are not needed). In the
 * dropping mode ({@link #droppingPast}) a body past the cap is not an error: the subscription is
 * cancelled and the body is empty (for bodies that are useful only when whole, as a 410's).
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    /** The body passed the cap. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final long limit;

        TooLarge(long limit, String detail) {
            super("response body larger than " + limit + " bytes" + detail);
            this.limit = limit;
        }
    }

    private final long max;
    private final boolean dropPastMax;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private long total;

    BoundedBodySubscriber(long max) {
        this(max, false);
    }

    private BoundedBodySubscriber(long max, boolean dropPastMax) {
        this.max = max;
        this.dropPastMax = dropPastMax;
    }

    static BoundedBodySubscriber droppingPast(long max) {
        return new BoundedBodySubscriber(max, true);
    }

    static BoundedBodySubscriber discarding() {
        return new BoundedBodySubscriber(-1);
    }

    static HttpResponse.BodySubscriber<byte[]> failedTooLarge(long limit, long declared) {
        BoundedBodySubscriber s = new BoundedBodySubscriber(-1);
        s.result.completeExceptionally(new TooLarge(limit, " (Content-Length " + declared + ")"));
        return s;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        if (max < 0) {
            s.cancel();
            result.complete(new byte[0]);
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : items) {
            int n = buffer.remaining();
            total += n;
            if (total > max) {
                subscription.cancel();
                if (dropPastMax) {
                    result.complete(new byte[0]);
                } else {
                    result.completeExceptionally(new TooLarge(max, ""));
                }
                return;
            }
            byte[] chunk = new byte[n];
            buffer.get(chunk);
            out.write(chunk, 0, n);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }
}
