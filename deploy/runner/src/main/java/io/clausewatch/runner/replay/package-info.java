/**
 * {@code clausewatch replay}: runs an archive through the whole pipeline as if the web were
 * changing. A local site serves each version as a page with fresh chrome on every fetch, the
 * crawler is asked to check, and the report compares what Clausewatch recorded and delivered with
 * what was served. {@link io.clausewatch.runner.replay.ReplayRun} is the reusable driver.
 */
package io.clausewatch.runner.replay;
