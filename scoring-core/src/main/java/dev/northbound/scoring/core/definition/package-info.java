/**
 * Definition files (scorecard models, decision policies, grade matrices, hash registries): one
 * strict JSON reader that gives every file exactly one meaning, their canonical form, and Ed25519
 * signatures that prove who wrote them. Nothing in this package returns or accepts null.
 */
package dev.northbound.scoring.core.definition;
