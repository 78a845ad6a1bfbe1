/**
 * PMML 4.4 export of scorecards, written with the JDK's StAX writer (no PMML library at run time),
 * checked in the tests against JPMML-Evaluator. Nothing in this package's API is null unless marked.
 */
package dev.northbound.scoring.models.pmml;
