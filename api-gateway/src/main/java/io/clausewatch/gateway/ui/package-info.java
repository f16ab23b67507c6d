/**
 * The web UI: server-rendered Qute pages for people (recent changes, a document's timeline, a
 * side-by-side diff, one topic across platforms, search), read-only and public, built from the same
 * internal calls as the API.
 */
package io.clausewatch.gateway.ui;
