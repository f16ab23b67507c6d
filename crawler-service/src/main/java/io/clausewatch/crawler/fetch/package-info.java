/**
 * Fetching pages politely and safely: address checks, robots.txt, per-host spacing, conditional
 * GET, size and time limits, decompression; every failure classified. Free of framework types.
 */
package io.clausewatch.crawler.fetch;
