/**
 * From raw pages to canonical Markdown: selection and removal by CSS selectors, noise removal, link
 * cleaning, HTML, PDF and plain text. Pure logic, tested without a framework.
 */
package io.clausewatch.crawler.extract;
