package io.clausewatch.alert.safety;

/** An endpoint URL that webhooks may not be sent to, with a reason fit for its owner. */
public class EndpointRefused extends Exception {

    public EndpointRefused(String reason) {
        super(reason, null, false, false);
    }
}
