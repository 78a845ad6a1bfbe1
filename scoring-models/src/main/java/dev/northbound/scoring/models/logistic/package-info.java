/**
 * Logistic-regression scoring models on raw or WoE-transformed inputs, with points scaling, grade
 * bands, partial scores and bilingual reason codes. The target of every model here is "bad": the
 * modelled probability is the probability of default. Nothing in this package's API is null unless
 * marked; every public model type is immutable and thread-safe.
 */
package dev.northbound.scoring.models.logistic;
