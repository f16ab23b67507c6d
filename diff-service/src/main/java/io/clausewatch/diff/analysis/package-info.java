/**
 * Pure change analysis, free of framework types: segmentation of canonical Markdown into sections
 * and provisions, alignment of two versions' provisions with stable ids, word-level diffs,
 * significance, topics from the taxonomy, legal signals, stated dates and the bounded summary.
 */
package io.clausewatch.diff.analysis;
