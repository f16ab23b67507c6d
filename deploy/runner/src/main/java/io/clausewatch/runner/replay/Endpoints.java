package io.clausewatch.runner.replay;

/**
 * Where the replay reaches Clausewatch: the gateway (subscriptions and the change list, with the
 * admin key) and the crawler (catalog entries and check requests).
 */
public record Endpoints(String gatewayUrl, String crawlerUrl, String adminKey) {}
