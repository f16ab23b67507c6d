/** Typed configuration of the crawler: catalog sources, politeness and fetch limits. */
package io.clausewatch.crawler.config;
