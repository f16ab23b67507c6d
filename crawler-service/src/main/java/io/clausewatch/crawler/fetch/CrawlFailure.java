package io.clausewatch.crawler.fetch;

/** A fetch or extraction that failed for a known reason. Carries no stack trace: it is expected. */
public class CrawlFailure extends RuntimeException {

    private final FailureClass failureClass;
    private final Integer httpStatus;

    public CrawlFailure(FailureClass failureClass, String detail) {
        this(failureClass, detail, null);
    }

    public CrawlFailure(FailureClass failureClass, String detail, Integer httpStatus) {
        super(detail, null, false, false);
        this.failureClass = failureClass;
        this.httpStatus = httpStatus;
    }

    public FailureClass failureClass() {
        return failureClass;
    }

    public Integer httpStatus() {
        return httpStatus;
    }
}
