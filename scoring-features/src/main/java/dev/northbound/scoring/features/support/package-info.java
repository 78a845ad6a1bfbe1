/**
 * Shared plumbing of the standard extractors: conversion to the reporting currency with JSON
 * Pointer errors, month arithmetic as of a date, buffer helpers and a schema builder. Public only
 * because the extractor packages share it; it is not part of the stable API. Nothing in this
 * package's API is null unless marked.
 */
package dev.northbound.scoring.features.support;
