/**
 * Alternative-data features: payment behaviour on utility and telecom bills, rent and tax, how much
 * alternative history there is, and which sources are present (for thin-file routing). Nothing in
 * this package's API is null unless marked.
 */
package dev.northbound.scoring.features.alternative;
