/**
 * The catalog of watched documents: platform files, their validation, the document type vocabulary,
 * and loading them into the database at startup.
 */
package io.clausewatch.crawler.catalog;
